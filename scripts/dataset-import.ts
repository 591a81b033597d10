/**
 * `npm run seed:import [-- --missing]`: loads the bundled dataset (seed/data.ndjson and
 * seed/images/, Sanity's export layout) into the configured Sanity project and dataset with
 * the Sanity CLI. Documents with the same ids are replaced (`--missing` keeps existing ones).
 *
 * Needs NEXT_PUBLIC_SANITY_PROJECT_ID (and optionally NEXT_PUBLIC_SANITY_DATASET), and either
 * `npx sanity login` or SANITY_AUTH_TOKEN (an Editor token from sanity.io/manage → API).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { sanityTarget } from './dataset-target'

const root = path.resolve(__dirname, '..')

function main(): number {
  const target = sanityTarget()
  if ('problem' in target) {
    console.error(target.problem)
    return 1
  }
  const seed = path.join(root, 'seed')
  if (!existsSync(path.join(seed, 'data.ndjson'))) {
    console.error('seed/data.ndjson is missing: there is nothing to import.')
    return 1
  }

  const mode = process.argv.includes('--missing') ? '--missing' : '--replace'
  console.log(`Importing seed/ into project ${target.projectId}, dataset "${target.dataset}" (${mode})…`)
  // The CLI resolves image@file://./images/… relative to the ndjson file's folder.
  const result = spawnSync(
    path.join(root, 'node_modules', '.bin', 'sanity'),
    ['dataset', 'import', path.join(seed, 'data.ndjson'), '--dataset', target.dataset, '--project-id', target.projectId, mode],
    { cwd: root, stdio: 'inherit', env: { ...process.env, ...(target.token ? { SANITY_IMPORT_TOKEN: target.token } : {}) } },
  )
  if (result.status !== 0) {
    console.error(
      '\nImport failed. Check the network, and that you are logged in (`npx sanity login`) or SANITY_AUTH_TOKEN is an Editor token.',
    )
    return result.status ?? 1
  }
  console.log('Imported. Open /studio to edit, and see README "Moving content".')
  return 0
}

process.exit(main())
