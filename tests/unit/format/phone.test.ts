import { phoneHref } from '@/lib/format/phone'

describe('phoneHref', () => {
  it('keeps digits and a leading plus', () => {
    expect(phoneHref('(555) 555-0142')).toBe('tel:5555550142')
    expect(phoneHref('+15555550142')).toBe('tel:+15555550142')
    expect(phoneHref('1-800-662-4357')).toBe('tel:18006624357')
    expect(phoneHref('988', 'sms')).toBe('sms:988')
  })
})
