import { readFileSync } from 'node:fs'
import { bundleContactFormScript, CONTACT_FORM_SCRIPT_FILE } from '@/scripts/browserScripts'

/** The committed public/scripts/contact-form.js is what its sources build to today. */
describe('the contact form script bundle', () => {
  it('is up to date with components/contact-form/script (run `npm run build:scripts` if not)', async () => {
    const built = await bundleContactFormScript()
    expect(readFileSync(CONTACT_FORM_SCRIPT_FILE, 'utf8') === built).toBe(true)
  })

  it('stays small: no framework, only the schema and the form logic (under 40 KB, ~11 KB gzip)', async () => {
    expect(Buffer.byteLength(await bundleContactFormScript())).toBeLessThan(40 * 1024)
  })
})
