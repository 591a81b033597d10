/**
 * `npm run lake:save`: writes what editors published in the local Content Lake (its working copy,
 * LOCAL_CONTENT_LAKE_DIR, default data/content-lake) back into seed/ in Sanity's export format, so
 * it can be committed as the new bundled dataset or loaded into a project with `npm run seed:import`.
 * Drafts stay in the working copy. The seed's document and key order are kept, so `git diff seed/`
 * shows only what changed. Safe while `npm run dev` runs: the lake replaces its file atomically.
 */
import path from 'node:path'
import { exportWorkingCopyToSeed, workingCopyFile } from '../lib/contentLake/workingCopy'
import { lakeConfig, listed, shown } from './content-lake-cli'

const root = path.resolve(__dirname, '..')

function main(): number {
  const config = lakeConfig()
  if (!config) return 1
  const dir = config.dir
  const seedDir = path.join(root, 'seed')
  let summary
  try {
    summary = exportWorkingCopyToSeed({ dir, seedDir })
  } catch (error) {
    console.error((error as Error).message)
    return 1
  }
  const where = shown(workingCopyFile(dir))
  const documentChanges = summary.added.length + summary.changed.length + summary.removed.length
  const imageChanges = summary.imagesWritten.length + summary.imagesRemoved.length
  if (documentChanges === 0 && imageChanges === 0) {
    console.log(`seed/ already holds what ${where} has published (${summary.documents} documents): nothing to save.`)
  } else {
    console.log(`Saved ${where} into seed/ (${summary.documents} documents):`)
    console.log(listed('added', summary.added))
    console.log(listed('changed', summary.changed))
    console.log(listed('removed', summary.removed))
    console.log(listed('images added', summary.imagesWritten))
    console.log(listed('images removed (no document uses them)', summary.imagesRemoved))
    console.log('Next: `npm run validate:content`, review `git diff seed/`, and commit.')
  }
  if (summary.draftsLeftOut.length > 0) {
    console.log(
      `Not saved, because unpublished: ${summary.draftsLeftOut.length} draft(s) (${summary.draftsLeftOut.join(', ')}). Publish them in the Studio to save them.`,
    )
  }
  return 0
}

process.exit(main())
