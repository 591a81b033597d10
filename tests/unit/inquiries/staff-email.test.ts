import { parseInquiryConfig } from '@/lib/inquiries/config'
import { composeStaffEmail, staffInquiryUrl, type EmailDetails } from '@/lib/inquiries/delivery/email'
import type { ReceivedInquiry } from '@/lib/inquiries/record'

/** The staff email in each INQUIRY_EMAIL_DETAILS mode: what it carries, and what it must not. */
const inquiry: ReceivedInquiry = {
  reference: 'HL-7K3Q-9XPD',
  receivedAt: new Date('2026-01-02T03:04:05Z'),
  name: 'Zoë "<b>" O’Brien & co',
  phone: '+44 20 7946 0958',
  email: 'zoe+family@example.org',
  preferredContact: 'phone',
  voicemailOk: false,
  bestTime: 'evening',
  forWhom: 'loved-one',
  message: 'My son <i>is</i> using again',
}

const SITE = 'https://clinic.example'
const LINK = 'https://clinic.example/staff/inquiries/HL-7K3Q-9XPD'

function compose(details: EmailDetails, overrides: Partial<ReceivedInquiry> = {}) {
  return composeStaffEmail({ ...inquiry, ...overrides }, { details, timeZone: 'America/Los_Angeles', siteUrl: SITE })
}

/** Every piece of the family's data, as text and as it would appear escaped in HTML. */
const CONTACT_VALUES = ['Zoë', 'O’Brien', '7946 0958', 'zoe+family@example.org', 'A phone call', 'Evening (5 pm to 8 pm)']
const CONTACT_LABELS = ['Name:', 'Phone:', 'Email:', 'Prefers:', 'Voicemail/text:', 'Best time:', 'Who needs help:']
const MESSAGE_WORDS = ['using again', 'My son']

describe('staff email', () => {
  it('none (default): reference, time and the inbox link; nothing the family wrote or chose', () => {
    const email = compose('none')
    expect(email.subject).toBe('New website inquiry HL-7K3Q-9XPD')
    expect(email.text).toContain('Reference: HL-7K3Q-9XPD')
    expect(email.text).toContain('Thu, Jan 1, 2026, 7:04 PM PST (2026-01-02T03:04:05Z)')
    expect(email.text).toContain(LINK)
    expect(email.text).toContain('The details are in the staff inbox')
    expect(email.html).toContain(`<a href="${LINK}">${LINK}</a>`)
    for (const part of [email.subject, email.text, email.html]) {
      for (const value of [...CONTACT_VALUES, ...MESSAGE_WORDS, 'Someone I care about', 'voicemail', 'message was written']) {
        expect(part).not.toContain(value)
      }
      for (const label of CONTACT_LABELS) expect(part).not.toContain(label.replace(':', ''))
      expect(part).not.toMatch(/inquiries:show|npm run/)
    }
  })

  it('none is what an empty configuration gives, and the old setting is refused naming its replacement', () => {
    expect(parseInquiryConfig({}).INQUIRY_EMAIL_DETAILS).toBe('none')
    expect(parseInquiryConfig({ INQUIRY_EMAIL_DETAILS: '' }).INQUIRY_EMAIL_DETAILS).toBe('none')
    expect(parseInquiryConfig({ INQUIRY_EMAIL_DETAILS: 'contact' }).INQUIRY_EMAIL_DETAILS).toBe('contact')
    expect(() => parseInquiryConfig({ INQUIRY_EMAIL_DETAILS: 'all' })).toThrow(/INQUIRY_EMAIL_DETAILS must be one of none, contact, full/)
    for (const old of ['true', 'false']) {
      expect(() => parseInquiryConfig({ INQUIRY_EMAIL_INCLUDE_MESSAGE: old })).toThrow(
        /INQUIRY_EMAIL_INCLUDE_MESSAGE is no longer read: remove it and use INQUIRY_EMAIL_DETAILS=full instead/,
      )
    }
  })

  it('contact: adds the callback details, every value escaped in HTML, never the message', () => {
    const email = compose('contact')
    expect(email.subject).toBe('New website inquiry HL-7K3Q-9XPD')
    for (const expected of [
      'Name:           Zoë "<b>" O’Brien & co',
      'Phone:          +44 20 7946 0958',
      'Email:          zoe+family@example.org',
      'Prefers:        A phone call',
      'Voicemail/text: NO: do not leave a voicemail or text',
      'Best time:      Evening (5 pm to 8 pm)',
      'Who needs help: Someone I care about',
      'A message was written: read it in the inbox.',
      LINK,
    ]) {
      expect(email.text).toContain(expected)
    }
    expect(email.html).toContain('Zoë &quot;&lt;b&gt;&quot; O’Brien &amp; co')
    expect(email.html).not.toContain('<b>')
    for (const part of [email.subject, email.text, email.html]) for (const word of MESSAGE_WORDS) expect(part).not.toContain(word)
    expect(email.subject).not.toContain('Zoë')
  })

  it('contact: says so when no message was written, and "not given" for a missing phone', () => {
    const email = compose('contact', { message: null, phone: null })
    expect(email.text).toContain('No message was written.')
    expect(email.text).toContain('Phone:          not given')
  })

  it('full: contact details and the message, escaped in HTML', () => {
    const email = compose('full')
    expect(email.text).toContain('Name:           Zoë "<b>" O’Brien & co')
    expect(email.text).toContain('Message:\nMy son <i>is</i> using again')
    expect(email.html).toContain('My son &lt;i&gt;is&lt;/i&gt; using again')
    expect(email.html).not.toContain('<i>')
    expect(email.text).not.toContain('read it in the inbox')
    expect(email.text).toContain(LINK)
    expect(email.subject).toBe('New website inquiry HL-7K3Q-9XPD')
  })

  it('the link is built from SITE_URL and the reference alone', () => {
    expect(staffInquiryUrl('https://clinic.example/', 'HL-7K3Q-9XPD')).toBe(LINK)
    expect(staffInquiryUrl('http://localhost:3000', 'HL-AAAA-BBBB')).toBe('http://localhost:3000/staff/inquiries/HL-AAAA-BBBB')
  })
})
