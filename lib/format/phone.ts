/** A `tel:` (or `sms:`) href from a number as people write it: "(555) 555-0142", "1-800-662-4357", "988". */
export function phoneHref(phone: string, scheme: 'tel' | 'sms' = 'tel'): string {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '')
  return `${scheme}:${digits}`
}
