'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { handleContactForm, type ContactFormState } from '@/lib/inquiries'

/** The contact form's server action: works as a plain HTML POST and from the enhanced form. */
export async function sendContactRequest(previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const result = await handleContactForm(previous, formData, await headers())
  if ('redirectTo' in result) redirect(result.redirectTo)
  return result.state
}
