import path from 'node:path'
import { build } from 'esbuild'

/**
 * The contact form's script, bundled from TypeScript (components/contact-form/script) into
 * public/scripts/contact-form.js with the server's own schema, so the hints in the browser and
 * the server's answer can never disagree. The built file is committed, so every way of building
 * the site serves it; tests/unit/components/contact-form/script-bundle.test.ts fails when it is
 * older than its sources (`npm run build:scripts` writes it again).
 */
const root = path.resolve(__dirname, '..')
export const CONTACT_FORM_SCRIPT_ENTRY = path.join(root, 'components/contact-form/script/contactForm.ts')
export const CONTACT_FORM_SCRIPT_FILE = path.join(root, 'public/scripts/contact-form.js')

const BANNER =
  '// Built from components/contact-form/script by `npm run build:scripts` (scripts/browserScripts.ts): edit the sources, not this file.'

export async function bundleContactFormScript(): Promise<string> {
  const result = await build({
    entryPoints: [CONTACT_FORM_SCRIPT_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    // Browsers of the last few years: the schema's Unicode property escapes need ES2018.
    target: ['es2020'],
    legalComments: 'none',
    banner: { js: BANNER },
    tsconfig: path.join(root, 'tsconfig.json'),
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0].text
}

if (require.main === module) {
  void bundleContactFormScript().then(async (text) => {
    const { writeFileSync } = await import('node:fs')
    writeFileSync(CONTACT_FORM_SCRIPT_FILE, text)
    console.log(`${path.relative(root, CONTACT_FORM_SCRIPT_FILE)}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`)
  })
}
