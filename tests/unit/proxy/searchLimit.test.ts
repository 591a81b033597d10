/** The page a client gets past the search limit: when to come back, and every number to call, escaped. */
import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES } from '@/lib/content/clinicContact'
import { tooManySearchesHtml } from '@/lib/proxy/searchLimit'

test('says when to try again and shows the clinic phone and every crisis line as links', () => {
  const html = tooManySearchesHtml(42, { ...FALLBACK_CLINIC, crisisLines: FALLBACK_CRISIS_LINES })
  expect(html).toContain('try again in 42 seconds')
  expect(html).toContain('<a href="tel:+15555550142">(555) 555-0142</a>')
  expect(html).toContain('href="tel:988"')
  expect(html).toContain('href="sms:988"')
  expect(html).toContain('href="tel:18006624357"')
  expect(html).not.toMatch(/<script|<style/)
})

test('editor-provided names are escaped', () => {
  const html = tooManySearchesHtml(1, {
    clinicName: 'A & B <script>alert(1)</script>',
    phone: '"555"',
    phoneE164: '+1555',
    crisisLines: [{ key: 'x', name: '<img src=x onerror=alert(1)>', phone: '988', sms: null, description: null, url: null }],
  })
  expect(html).not.toContain('<script>')
  expect(html).not.toContain('<img')
  expect(html).toContain('A &amp; B &lt;script&gt;')
})
