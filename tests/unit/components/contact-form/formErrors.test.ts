import { notSentYet, orderedErrors, recheckField, summaryTitle } from '@/components/contact-form/formErrors'
import type { InquiryField } from '@/lib/inquiries/fields'

const PHONE_OR_EMAIL = 'Please give a phone number or an email address.'
const touched = (...fields: InquiryField[]) => new Set(fields)

describe('contact form errors', () => {
  it('lists the form-wide problem first, then fields in the order the form shows them', () => {
    const entries = orderedErrors({ consent: 'c', name: 'n', form: 'f', bestTime: 'b' })
    expect(entries.map(([field]) => field)).toEqual(['form', 'name', 'bestTime', 'consent'])
  })

  it('words the live-region message by count, and says nothing when there is nothing', () => {
    expect(notSentYet(0)).toBe('')
    expect(notSentYet(1)).toBe('Your request has not been sent yet. One thing needs your attention.')
    expect(notSentYet(3)).toBe('Your request has not been sent yet. 3 things need your attention.')
  })

  it('updates only the field checked, and drops the form-wide message', () => {
    const shown = { form: 'Sending failed.', name: 'Please tell us your name.', consent: 'Please confirm.' }
    const fixed = recheckField(shown, 'name', { ok: false, errors: { consent: 'Please confirm.' } }, touched('name'))
    expect(fixed).toEqual({ consent: 'Please confirm.' })
    expect(shown).toHaveProperty('form') // the shown errors are not changed in place
  })

  it('settles "phone or email" for both fields, without a hint on a field not visited yet', () => {
    const missing = { ok: false as const, errors: { phone: PHONE_OR_EMAIL, email: PHONE_OR_EMAIL } }
    expect(recheckField({}, 'phone', missing, touched('phone'))).toEqual({ phone: PHONE_OR_EMAIL })
    expect(recheckField({}, 'phone', missing, touched('phone', 'email'))).toEqual({ phone: PHONE_OR_EMAIL, email: PHONE_OR_EMAIL })
    // Typing an email address answers the phone field's message too.
    const answered = recheckField(
      { phone: PHONE_OR_EMAIL, email: PHONE_OR_EMAIL },
      'email',
      { ok: false, errors: {} },
      touched('phone', 'email'),
    )
    expect(answered).toEqual({})
  })
})

describe('summaryTitle', () => {
  it('counts the things to check, says "not sent yet" for a form-wide problem, and is never empty', () => {
    expect(summaryTitle([['name', 'a']])).toBe('Please check one thing before sending')
    expect(
      summaryTitle([
        ['form', 'a'],
        ['name', 'b'],
      ]),
    ).toBe('Please check 2 things before sending')
    expect(summaryTitle([['form', 'a']])).toBe('Your request has not been sent yet')
    expect(summaryTitle([])).toBe('Your request has not been sent yet')
  })
})
