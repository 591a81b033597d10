import { isReference } from '@/lib/inquiries/reference'

/**
 * Messages shown after a redirect (?notice=…). Only codes travel in the address, never text,
 * so no one can make a staff page show words of their choosing through a link.
 */
const NOTICES = {
  deleted: (reference: string | null) =>
    `Inquiry ${reference ?? ''} was deleted at the family's request. The audit log keeps that it happened.`.replace('  ', ' '),
  'staff-removed': () => 'The staff member was removed and signed out everywhere.',
} as const

export type NoticeCode = keyof typeof NOTICES

export function noticeText(code: unknown, reference: unknown): string | null {
  if (typeof code !== 'string' || !Object.hasOwn(NOTICES, code)) return null
  return NOTICES[code as NoticeCode](isReference(reference) ? reference : null)
}
