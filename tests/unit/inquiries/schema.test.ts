import { validateInquiry } from '@/lib/inquiries/schema'

const base = { phone: '(555) 555-0142', consent: true }

const REAL_NAMES = [
  'Ann',
  'Zoë Saldaña',
  'José Ñúñez',
  "Seán O'Brien",
  'Mary-Jane Watson-Parker',
  'Jean·Pierre Gal·la',
  'François Lefèvre',
  'Björk Guðmundsdóttir',
  'Łukasz Żółkiewski',
  'Nguyễn Thị Minh Khai',
  'Dr. Martin Luther King Jr.',
  'D’Angelo Russell',
  'Ngũgĩ wa Thiong’o',
  '王小明',
  '山田 太郎',
  '김민준',
  'Александр Пушкин',
  'Γιώργος Παπαδόπουλος',
  'محمد بن سلمان',
  'יעל כהן',
  'अनन्या शर्मा',
  'தமிழ்ச்செல்வி',
  'สมชาย ใจดี',
  'نگار\u200Cها', // Persian, with a zero-width non-joiner
  'Anne & John Smith',
  'Mum (Anne)',
  'Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Sr. of Bergen-Belsen Zuidholland Rotterdam Amsterdam xx',
  'X Æ A-Xii',
  '  Padded Name  ',
]

const REAL_PHONES = [
  '(555) 555-0142',
  '555-555-0142',
  '555.555.0142',
  '5555550142',
  '+15555550142',
  '+1 555 555 0142',
  '1-800-662-4357',
  '+44 20 7946 0958',
  '+44 (0) 20 7946 0958',
  '020 7946 0958',
  '+81-3-1234-5678',
  '+49 30 901820',
  '+33 1 23 45 67 89',
  '+61 2 9876 5432',
  '+91 98765 43210',
  '+52 55 1234 5678',
  '+55 11 91234-5678',
  '+234 803 123 4567',
  '(555) 555-0142 ext. 12',
  '555-555-0142 x3',
  '０３-１２３４-５６７８', // full-width digits from a Japanese keyboard
  '+1 555/555 0142',
]

const REAL_EMAILS = [
  'maria@example.org',
  'first.last@example.co.uk',
  'user+tag@example.com',
  "o'brien@example.ie",
  'x@example.io',
  'UPPER@EXAMPLE.COM',
  'name_with_underscores@sub.domain.example.com',
  'josé@example.es',
  'δοκιμή@παράδειγμα.ελ',
  '用户@例子.广告',
  'user@xn--80ak6aa92e.com',
  'digits123@example123.net',
  'a-b@c-d.example',
]

describe('inquiry schema: real people pass', () => {
  it.each(REAL_NAMES)('accepts the name %p', (name) => {
    const result = validateInquiry({ ...base, name })
    expect(result).toMatchObject({ ok: true })
    if (result.ok) expect(result.inquiry.name).toBe(name.trim().replace(/\s+/g, ' '))
  })

  it.each(REAL_PHONES)('accepts the phone number %p', (phone) => {
    expect(validateInquiry({ ...base, name: 'Ann', phone })).toMatchObject({ ok: true })
  })

  it('keeps full-width digits as ASCII digits', () => {
    const result = validateInquiry({ ...base, name: 'Ann', phone: '０３-１２３４-５６７８' })
    expect(result.ok && result.inquiry.phone).toBe('03-1234-5678')
  })

  it.each(REAL_EMAILS)('accepts the email address %p', (email) => {
    expect(validateInquiry({ name: 'Ann', email, consent: true })).toMatchObject({ ok: true })
  })

  it('accepts form strings and JSON booleans alike', () => {
    const fromForm = validateInquiry({ ...base, name: 'Ann', consent: 'yes', voicemailOk: 'no', preferredContact: '', bestTime: '' })
    const fromJson = validateInquiry({ ...base, name: 'Ann', consent: true, voicemailOk: false })
    expect(fromForm).toEqual(fromJson)
    expect(fromForm.ok && fromForm.inquiry.voicemailOk).toBe(false)
  })

  it('infers the preferred contact method from what was given', () => {
    const byEmail = validateInquiry({ name: 'Ann', email: 'ann@example.org', consent: true })
    expect(byEmail.ok && byEmail.inquiry.preferredContact).toBe('email')
    const byPhone = validateInquiry({ ...base, name: 'Ann' })
    expect(byPhone.ok && byPhone.inquiry.preferredContact).toBe('phone')
  })

  it('keeps a multi-line message, normalising Windows line ends', () => {
    const result = validateInquiry({ ...base, name: 'Ann', message: 'Line one\r\nLine two\n\nI am <30 & worried' })
    expect(result.ok && result.inquiry.message).toBe('Line one\nLine two\n\nI am <30 & worried')
  })

  it('leaves optional answers empty (null) when not given', () => {
    const result = validateInquiry({ ...base, name: 'Ann' })
    expect(result).toEqual({
      ok: true,
      inquiry: {
        name: 'Ann',
        phone: '(555) 555-0142',
        email: null,
        preferredContact: 'phone',
        voicemailOk: null,
        bestTime: null,
        forWhom: null,
        message: null,
      },
    })
  })
})

describe('inquiry schema: each problem is named on its field', () => {
  const errorsOf = (input: unknown) => {
    const result = validateInquiry(input)
    if (result.ok) throw new Error('expected errors')
    return result.errors
  }

  it('asks for a name, a way to reach the person and consent, all at once', () => {
    expect(errorsOf({})).toEqual({
      name: expect.stringMatching(/tell us your name/i),
      phone: expect.stringMatching(/phone number or an email/i),
      consent: expect.stringMatching(/privacy notice/i),
    })
  })

  it.each([
    ['name', 'Ann\r\nBcc: victim@example.org'],
    ['name', 'Ann\nSmith'],
    ['email', 'ann@example.org\r\nBcc: victim@example.org'],
    ['email', 'ann@example.org\nCc: x@y.z'],
    ['phone', '555 555 0142\r\nX-Injected: 1'],
  ])('refuses line breaks in the single-line field %s', (field, value) => {
    const input = { name: 'Ann', email: 'ann@example.org', phone: '5555550142', consent: true, [field]: value }
    expect(errorsOf(input)[field as 'name']).toBeDefined()
  })

  it.each([
    ['name', '<script>alert(1)</script>'],
    ['name', '"><img src=x onerror=alert(1)>'],
    ['name', 'javascript:alert(1)'],
    ['email', '<script>@example.org'],
    ['email', '"><svg/onload=alert(1)>@x.org'],
    ['phone', '<b>555</b>'],
    ['message', 'Hello <script>alert(1)</script>'],
    ['message', '<img src=x onerror=alert(1)>'],
    ['message', 'click javascript:alert(1)'],
    ['message', '<!-- comment -->'],
  ])('refuses markup in %s', (field, value) => {
    const input = { name: 'Ann', email: 'ann@example.org', phone: '5555550142', consent: true, [field]: value }
    expect(errorsOf(input)[field as 'name']).toBeDefined()
  })

  it.each(['Ann\u0000', 'Ann\u0007', 'Ann\u202Eevil', 'Ann\u001B[31m'])('refuses control characters in %j', (name) => {
    expect(errorsOf({ ...base, name }).name).toMatch(/control characters|one line/)
  })

  it.each(['12', 'call me', '555-CALL-NOW', '++1 555', '1234567890123456789', '(555) 555-0142 ext. 1234567'])(
    'refuses the phone number %p',
    (phone) => {
      expect(errorsOf({ name: 'Ann', phone, consent: true }).phone).toMatch(/phone number we can call/)
    },
  )

  it.each([
    'plainaddress',
    '@example.org',
    'ann@',
    'ann@example',
    'ann@@example.org',
    'ann@.example.org',
    'a..b@example.org',
    'ann example@example.org',
    'ann@-example.org',
    'ann@example.c',
  ])('refuses the email address %p', (email) => {
    expect(errorsOf({ name: 'Ann', email, consent: true }).email).toMatch(/email address like/)
  })

  it('refuses names without letters or with digits', () => {
    expect(errorsOf({ ...base, name: '12345' }).name).toMatch(/letters/)
    expect(errorsOf({ ...base, name: '---' }).name).toMatch(/letters/)
  })

  it('refuses values over their length limits', () => {
    expect(errorsOf({ ...base, name: 'A'.repeat(121) }).name).toMatch(/120 characters/)
    expect(errorsOf({ ...base, name: 'Ann', message: 'x'.repeat(1001) }).message).toMatch(/1,000 characters/)
    expect(errorsOf({ name: 'Ann', consent: true, email: `${'a'.repeat(250)}@example.org` }).email).toBeDefined()
  })

  it('checks the preferred method against what was given', () => {
    expect(errorsOf({ name: 'Ann', email: 'ann@example.org', preferredContact: 'text', consent: true }).phone).toMatch(/add a phone/)
    expect(errorsOf({ ...base, name: 'Ann', preferredContact: 'email' }).email).toMatch(/add an email/)
  })

  it('refuses consent that is not a yes', () => {
    for (const consent of [false, 'no', '', 'false', 0, 1, null]) {
      expect(errorsOf({ ...base, name: 'Ann', consent }).consent).toMatch(/privacy notice/)
    }
  })

  it('refuses unexpected shapes without echoing them', () => {
    expect(errorsOf([]).form).toMatch(/object/)
    expect(errorsOf(null).form).toMatch(/object/)
    expect(errorsOf('name=Ann').form).toMatch(/object/)
    expect(errorsOf({ ...base, name: ['Ann'] }).name).toMatch(/as text/)
    expect(errorsOf({ ...base, name: { first: 'Ann' } }).name).toMatch(/as text/)
    expect(errorsOf({ ...base, name: 42 }).name).toMatch(/as text/)
    expect(errorsOf({ ...base, name: 'Ann', phone: 5555550142 }).phone).toMatch(/as text/)
    expect(errorsOf({ ...base, name: 'Ann', voicemailOk: 1 }).voicemailOk).toMatch(/yes or no/)
    expect(errorsOf({ ...base, name: 'Ann', bestTime: 'midnight' }).bestTime).toMatch(/times offered/)
    const unknownKey = errorsOf({ ...base, name: 'Ann', '<script>': 1 })
    expect(unknownKey.form).toBe('The request contains fields we do not accept.')
  })

  it('does not let __proto__ smuggle a consent', () => {
    const input = JSON.parse('{"name":"Ann","phone":"5555550142","__proto__":{"consent":true}}')
    const errors = errorsOf(input)
    expect(errors.consent).toBeDefined()
    expect(({} as { consent?: unknown }).consent).toBeUndefined()
  })
})

describe('inquiry schema: line breaks are refused even at the ends', () => {
  it.each(['Ann\r', '\nAnn', 'Ann\r\n'])('refuses the name %j', (name) => {
    const result = validateInquiry({ name, phone: '5555550142', consent: true })
    expect(result.ok ? null : result.errors.name).toMatch(/one line/)
  })
  it('refuses a phone number ending in a line break', () => {
    const result = validateInquiry({ name: 'Ann', phone: '5555550142\n', consent: true })
    expect(result.ok ? null : result.errors.phone).toMatch(/one line/)
  })
})
