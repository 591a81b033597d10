'use client'

import { useRouter } from 'next/navigation'
import { useActionState, useEffect, useRef, useState, useTransition, type FocusEvent, type FormEvent } from 'react'
import { INQUIRY_FIELDS, type FieldErrors, type InquiryField } from '@/lib/inquiries/fields'
import type { ContactFormState } from '@/lib/inquiries/formState'
import { validateInquiry } from '@/lib/inquiries/schema'
import { notSentYet, readFields, recheckField } from './formErrors'
import { failedState, redirectTarget, SEND_FAILED_MESSAGE, sendThroughApi, thankYouPath } from './sendFallback'

export type ContactFormAction = (previous: ContactFormState, formData: FormData) => Promise<ContactFormState>

export type UseContactFormOptions = {
  action: ContactFormAction
  initialState: ContactFormState
  /** The server's minimum fill time: with JavaScript, an early press waits instead of being refused. */
  minFillMs: number
  /** Named in the message when sending fails, so a family can always call instead. */
  clinicPhone: string
}

const SENDING = 'Sending your request…'
/** The page the form lives on, where it posts without JavaScript. */
const CONTACT_PAGE_PATH = '/contact'

/** The inquiry field an event came from and its value, unless it came from elsewhere (the honeypot). */
function inquiryControl(target: EventTarget): { field: InquiryField; value: string } | null {
  const { name, value } = target as HTMLInputElement
  return INQUIRY_FIELDS.includes(name as InquiryField) ? { field: name as InquiryField, value } : null
}

/**
 * Everything the contact form holds between renders: what the server answered, the errors
 * shown while the person types, and the sending itself.
 *
 * Without JavaScript the form posts to the server action (`useActionState`) and the answer
 * comes back as a new page. With JavaScript the form checks its fields first, waits out the
 * server's minimum fill time, and calls the action itself, so that a failed call can be
 * caught (through `useActionState` it would reach the error boundary, which replaces the
 * whole form): it then tries `POST /api/contact` once, and if that fails too it shows one
 * clear message with every typed value still in place.
 */
export function useContactForm({ action, initialState, minFillMs, clinicPhone }: UseContactFormOptions) {
  // The permalink becomes the form's `action` attribute: without it React writes `action=""`,
  // which is invalid HTML (an action URL must be non-empty).
  const [serverState, formAction] = useActionState(action, initialState, CONTACT_PAGE_PATH)
  const [clientState, setClientState] = useState<ContactFormState | null>(null)
  const state = clientState ?? serverState
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null)
  const errors: FieldErrors = clientErrors ?? state.errors
  const [touched, setTouched] = useState<ReadonlySet<InquiryField>>(() => new Set())
  const [announcement, setAnnouncement] = useState('')
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0)
  const [pending, startSending] = useTransition()
  const [waiting, setWaiting] = useState(false)
  // A ref, not state: the delayed requestSubmit() below runs before React re-renders.
  const waitingRef = useRef(false)
  const mountedAt = useRef(0)
  const formRef = useRef<HTMLFormElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)
  const router = useRouter()

  useEffect(() => {
    mountedAt.current = Date.now()
  }, [])

  // The summary is only in the page after the render that shows the errors.
  useEffect(() => {
    if (summaryFocusRequest > 0) summaryRef.current?.focus()
  }, [summaryFocusRequest])

  /** Stops a send: shows these errors (or the server's, when null), says so and focuses the summary. */
  function stop(shown: FieldErrors | null, count: number) {
    setClientErrors(shown)
    setAnnouncement(notSentYet(count))
    setSummaryFocusRequest((n) => n + 1)
  }

  /** The server answered with errors (success navigates away). */
  function showAnswer(answer: ContactFormState) {
    setClientState(answer)
    stop(null, Object.keys(answer.errors).length)
  }

  async function send(formData: FormData) {
    try {
      showAnswer(await action(state, formData))
    } catch (error) {
      // Success redirects, which reaches a direct call as a rejection carrying the address.
      const target = redirectTarget(error)
      if (target) return router.push(target)
      const fallback = await sendThroughApi(formData)
      if (fallback?.sent) return router.push(thankYouPath(fallback.reference))
      showAnswer(failedState(state, formData, fallback?.errors ?? { form: SEND_FAILED_MESSAGE(clinicPhone) }))
    }
  }

  function recheck(field: InquiryField) {
    const form = formRef.current
    if (!form) return
    const result = validateInquiry(readFields(form))
    setClientErrors((current) => recheckField(current ?? state.errors, field, result, touched))
  }

  function onBlur(event: FocusEvent<HTMLFormElement>) {
    const control = inquiryControl(event.target)
    if (!control) return
    const { field, value } = control
    setTouched((current) => new Set(current).add(field))
    // Hints appear once a field has been visited and left, or after a first attempt to send.
    if (value !== '' || errors[field]) recheck(field)
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const field = inquiryControl(event.target)?.field
    // Errors disappear as soon as the field is right; new ones wait for the next blur.
    if (field && errors[field]) {
      const result = validateInquiry(readFields(event.currentTarget))
      if (result.ok || !result.errors[field]) recheck(field)
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    // With JavaScript the form never posts itself: the action is called below instead.
    event.preventDefault()
    if (pending || waitingRef.current) return
    const form = event.currentTarget
    const result = validateInquiry(readFields(form))
    if (!result.ok) {
      setTouched(new Set(INQUIRY_FIELDS))
      stop(result.errors, Object.keys(result.errors).length)
      return
    }
    setClientErrors({})
    setAnnouncement(SENDING)
    const remaining = mountedAt.current + minFillMs - Date.now()
    if (remaining > 0) {
      // Faster than the server's minimum fill time: wait the rest, then send, rather than be refused.
      waitingRef.current = true
      setWaiting(true)
      window.setTimeout(() => {
        waitingRef.current = false
        setWaiting(false)
        form.requestSubmit()
      }, remaining + 50)
      return
    }
    const formData = new FormData(form)
    startSending(() => send(formData))
  }

  return {
    state,
    errors,
    busy: pending || waiting,
    announcement,
    summaryRef,
    form: { ref: formRef, action: formAction, onSubmit, onBlur, onChange },
  }
}
