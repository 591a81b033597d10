/**
 * npm run bench:public-js -- <origin before> <origin after>
 *
 * The JavaScript public pages load, compared between two running servers (e.g. a build of the
 * commit before the staff inbox and one of now): script files, raw bytes (the code) and gzip
 * bytes (what travels). Staff code living in its own route group must not add to it; the
 * markers test (tests/integration/security/staff-isolation.test.ts) checks that no staff code is
 * in these scripts, this shows how much JavaScript they are. Writes bench/results/public-js.md.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { pageWeight } from './page-weight'

const PAGES = [
  '/',
  '/blog',
  '/blog/what-heroin-does-to-the-brain',
  '/treatments/medically-supervised-detox',
  '/videos',
  '/contact',
  '/privacy',
]

async function main() {
  const [before, after] = process.argv.slice(2)
  if (!before || !after) throw new Error('Usage: npm run bench:public-js -- <origin before> <origin after>')
  const rows = ['| page | script files | JS raw bytes | JS gzip bytes |', '|---|---|---|---|']
  for (const page of PAGES) {
    const [a, b] = await Promise.all([pageWeight(before, page), pageWeight(after, page)])
    const files = (weight: typeof a) => weight.assets.filter((asset) => asset.kind === 'js').length
    rows.push(
      `| ${page} | ${files(a)} → ${files(b)} | ${a.js.raw} → ${b.js.raw} (${b.js.raw - a.js.raw >= 0 ? '+' : ''}${b.js.raw - a.js.raw}) | ${a.js.gzip} → ${b.js.gzip} (${b.js.gzip - a.js.gzip >= 0 ? '+' : ''}${b.js.gzip - a.js.gzip}) |`,
    )
  }
  const table = rows.join('\n')
  console.log(table)
  writeFileSync(
    path.join(__dirname, 'results/public-js.md'),
    `# JavaScript of public pages, before → after\n\n${before} → ${after}\n\n${table}\n`,
  )
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
