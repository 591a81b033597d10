/**
 * `npm run seed:export`: replaces the bundled dataset (seed/data.ndjson and seed/images/) with
 * the published content of the configured Sanity project, in the same layout, so the site's
 * default mode and CI run on what editors published. Drafts and Sanity's system documents
 * (preview secrets, etc.) are left out; documents are sorted by id so diffs stay readable.
 *
 * Needs NEXT_PUBLIC_SANITY_PROJECT_ID (and optionally NEXT_PUBLIC_SANITY_DATASET), and either
 * `npx sanity login` or SANITY_AUTH_TOKEN (a Viewer token is enough).
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sanityTarget } from './dataset-target'

const root = path.resolve(__dirname, '..')

function findExportFolder(dir: string): string | null {
  if (existsSync(path.join(dir, 'data.ndjson'))) return dir
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      const found = findExportFolder(path.join(dir, entry.name))
      if (found) return found
    }
  }
  return null
}

function main(): number {
  const target = sanityTarget()
  if ('problem' in target) {
    console.error(target.problem)
    return 1
  }
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'seed-export-'))
  try {
    const tarball = path.join(scratch, 'export.tar.gz')
    console.log(`Exporting project ${target.projectId}, dataset "${target.dataset}" (published documents only)…`)
    const exported = spawnSync(
      path.join(root, 'node_modules', '.bin', 'sanity'),
      ['dataset', 'export', target.dataset, tarball, '--project-id', target.projectId, '--no-drafts', '--overwrite'],
      { cwd: root, stdio: 'inherit', env: { ...process.env, ...(target.token ? { SANITY_AUTH_TOKEN: target.token } : {}) } },
    )
    if (exported.status !== 0) {
      console.error('\nExport failed. Check the network, and that you are logged in (`npx sanity login`) or SANITY_AUTH_TOKEN is set.')
      return exported.status ?? 1
    }
    if (spawnSync('tar', ['-xzf', tarball, '-C', scratch], { stdio: 'inherit' }).status !== 0) return 1
    const folder = findExportFolder(scratch)
    if (!folder) {
      console.error('The export has no data.ndjson.')
      return 1
    }

    const documents = readFileSync(path.join(folder, 'data.ndjson'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as { _id: string; _type: string })
      .filter((doc) => !doc._type.startsWith('sanity.') && !doc._type.startsWith('system.') && !doc._id.includes('.'))
      .sort((a, b) => a._id.localeCompare(b._id))

    const seed = path.join(root, 'seed')
    writeFileSync(path.join(seed, 'data.ndjson'), documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n')
    rmSync(path.join(seed, 'images'), { recursive: true, force: true })
    if (existsSync(path.join(folder, 'images'))) cpSync(path.join(folder, 'images'), path.join(seed, 'images'), { recursive: true })
    console.log(`Wrote ${documents.length} documents to seed/data.ndjson and the images they use to seed/images/.`)
    console.log('Next: `npm run validate:content`, then review and commit seed/.')
    return 0
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

process.exit(main())
