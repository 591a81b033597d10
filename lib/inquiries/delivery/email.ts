import { exactTime } from '@/lib/format/dates'
import { BEST_TIME_LABELS, CONTACT_METHOD_LABELS, FOR_WHOM_LABELS } from '../fields'
import type { ReceivedInquiry } from '../record'

/**
 * What staff and (optionally) the sender receive. Subjects and sender names are neutral:
 * a shared mailbox or a lock-screen preview must not reveal that someone sought treatment.
 * Each email has a plain-text part and an HTML part in which every value is escaped.
 */
export type ComposedEmail = { subject: string; text: string; html: string }

/**
 * INQUIRY_EMAIL_DETAILS: what the staff email carries besides reference, time and inbox link.
 * `none` (default): an alert only, so a family's details never sit in ordinary mailboxes;
 * `contact`: the callback details, for clinics that do not use the inbox; `full`: those and the message.
 */
export const EMAIL_DETAILS = ['none', 'contact', 'full'] as const
export type EmailDetails = (typeof EMAIL_DETAILS)[number]

export type StaffEmailOptions = {
  details: EmailDetails
  timeZone: string
  /** SITE_URL: the inbox link points at the inquiry's page on the site. */
  siteUrl: string
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character])
}

export function formatReceivedAt(date: Date, timeZone: string): string {
  return `${exactTime(date, timeZone)} (${date.toISOString().replace(/\.\d{3}Z$/, 'Z')})`
}

function voicemailAnswer(voicemailOk: boolean | null): string {
  if (voicemailOk === true) return 'Yes, it is safe to leave a voicemail or text'
  if (voicemailOk === false) return 'NO: do not leave a voicemail or text'
  return 'Not answered: do not leave a voicemail or text'
}

export function staffEmailSubject(reference: string): string {
  return `New website inquiry ${reference}`
}

/** Where staff read and work the inquiry (signed in). */
export function staffInquiryUrl(siteUrl: string, reference: string): string {
  return new URL(`/staff/inquiries/${encodeURIComponent(reference)}`, siteUrl).toString()
}

const HTML_OPEN = '<!doctype html><html><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1b1b1b">'
const HTML_CLOSE = '</body></html>'

function callbackRows(inquiry: ReceivedInquiry): [string, string][] {
  return [
    ['Name', inquiry.name],
    ['Phone', inquiry.phone ?? 'not given'],
    ['Email', inquiry.email ?? 'not given'],
    ['Prefers', CONTACT_METHOD_LABELS[inquiry.preferredContact]],
    ['Voicemail/text', voicemailAnswer(inquiry.voicemailOk)],
    ['Best time', inquiry.bestTime ? BEST_TIME_LABELS[inquiry.bestTime] : 'Not said'],
    ['Who needs help', inquiry.forWhom ? FOR_WHOM_LABELS[inquiry.forWhom] : 'Not said'],
  ]
}

/**
 * The staff email. By default it is an alert (reference, time, link to the inbox) and holds
 * nothing the family wrote; INQUIRY_EMAIL_DETAILS adds the callback details and the message.
 */
export function composeStaffEmail(inquiry: ReceivedInquiry, { details, timeZone, siteUrl }: StaffEmailOptions): ComposedEmail {
  const link = staffInquiryUrl(siteUrl, inquiry.reference)
  const rows: [string, string][] = [
    ['Reference', inquiry.reference],
    ['Received', formatReceivedAt(inquiry.receivedAt, timeZone)],
    ...(details === 'none' ? [] : callbackRows(inquiry)),
  ]
  const includeMessage = details === 'full'
  const inboxLine =
    details === 'none'
      ? 'The details are in the staff inbox (sign in to read them):'
      : 'The full inquiry, with its status and notes, is in the staff inbox:'
  let messageNote = ''
  if (details !== 'none')
    messageNote = inquiry.message ? (includeMessage ? '' : 'A message was written: read it in the inbox.') : 'No message was written.'

  const width = Math.max(...rows.map(([label]) => label.length)) + 2
  const textLines = [
    'A new inquiry arrived through the website contact form.',
    '',
    ...rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`),
    '',
    ...(includeMessage && inquiry.message ? ['Message:', inquiry.message, ''] : messageNote ? [messageNote, ''] : []),
    inboxLine,
    link,
  ]

  const htmlRows = rows
    .map(
      ([label, value]) =>
        `<tr><th scope="row" style="text-align:left;padding:4px 12px 4px 0;vertical-align:top">${escapeHtml(label)}</th><td style="padding:4px 0">${escapeHtml(value)}</td></tr>`,
    )
    .join('')
  let htmlMessage = ''
  if (includeMessage && inquiry.message)
    htmlMessage = `<h2 style="font-size:16px">Message</h2><p style="white-space:pre-wrap">${escapeHtml(inquiry.message)}</p>`
  else if (messageNote) htmlMessage = `<p>${escapeHtml(messageNote)}</p>`
  const html = [
    HTML_OPEN,
    '<p>A new inquiry arrived through the website contact form.</p>',
    `<table role="presentation">${htmlRows}</table>`,
    htmlMessage,
    `<p>${escapeHtml(inboxLine)}<br><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    HTML_CLOSE,
  ].join('')

  return { subject: staffEmailSubject(inquiry.reference), text: textLines.join('\n') + '\n', html }
}

/** The optional acknowledgement to the sender: neutral, and it repeats nothing they wrote. */
export function composeAcknowledgement(reference: string): ComposedEmail {
  const text = [
    'Hello,',
    '',
    `Thank you. We received your message (reference ${reference}) and will get back to you soon.`,
    '',
    'If you did not send a message through our website, you can ignore this email.',
    '',
  ].join('\n')
  const html = [
    HTML_OPEN,
    '<p>Hello,</p>',
    `<p>Thank you. We received your message (reference ${escapeHtml(reference)}) and will get back to you soon.</p>`,
    '<p>If you did not send a message through our website, you can ignore this email.</p>',
    HTML_CLOSE,
  ].join('')
  return { subject: 'We received your message', text, html }
}
