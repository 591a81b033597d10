/**
 * `npm run lake:reset`: discards the local Content Lake's working copy (LOCAL_CONTENT_LAKE_DIR,
 * default data/content-lake: its data.ndjson and images/), so the next `npm run dev` starts again
 * from seed/. The certificate (tls/) stays, so a browser that trusts it keeps doing so.
 *
 * Refuses while the lake is running (it holds the dataset in memory and would write it back at the
 * next publish) and while the working copy holds published changes or drafts that seed/ lacks
 * (`npm run lake:save` keeps them); `-- --force` resets anyway.
 */
import { existsSync } from 'node:fs'
import { connect } from 'node:net'
import path from 'node:path'
import { exportWorkingCopyToSeed, resetWorkingCopy, workingCopyFile } from '../lib/contentLake/workingCopy'
import { lakeConfig, listed, shown } from './content-lake-cli'

const root = path.resolve(__dirname, '..')

/** True when something accepts connections on the lake's port (a running `npm run dev`). */
function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port })
    socket.setTimeout(1000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
    socket.once('error', () => resolve(false))
  })
}

/** What resetting would lose, or null when seed/ already holds everything the working copy has. */
function unsavedWork(dir: string): string | null {
  const pending = exportWorkingCopyToSeed({ dir, seedDir: path.join(root, 'seed'), dryRun: true })
  const lines = [
    pending.added.length ? listed('published, not in seed/', pending.added) : '',
    pending.changed.length ? listed('changed since seed/', pending.changed) : '',
    pending.removed.length ? listed('deleted, still in seed/', pending.removed) : '',
    pending.imagesWritten.length ? listed('uploaded images', pending.imagesWritten) : '',
    pending.draftsLeftOut.length ? listed('drafts (saved only once published)', pending.draftsLeftOut) : '',
  ].filter(Boolean)
  return lines.length ? lines.join('\n') : null
}

async function main(): Promise<number> {
  const config = lakeConfig()
  if (!config) return 1
  const force = process.argv.slice(2).includes('--force')
  const where = shown(config.dir)

  if (!force && (await isListening(config.port))) {
    console.error(
      `Something is listening on the local Content Lake's port ${config.port}: stop \`npm run dev\` first (the lake keeps the dataset in memory and would write it back at the next publish), or run \`npm run lake:reset -- --force\`.`,
    )
    return 1
  }
  try {
    const unsaved = !force && existsSync(workingCopyFile(config.dir)) ? unsavedWork(config.dir) : null
    if (unsaved) {
      console.error(`The working copy in ${where} has work that seed/ does not:\n${unsaved}`)
      console.error(
        'Keep what is published with `npm run lake:save` (publish drafts first), or discard it all with `npm run lake:reset -- --force`.',
      )
      return 1
    }
  } catch (error) {
    // An unreadable working copy has nothing to keep: say so and reset it.
    console.error(`The working copy could not be compared with seed/ (${(error as Error).message}).`)
    if (!force) {
      console.error('Run `npm run lake:reset -- --force` to discard it.')
      return 1
    }
  }

  const { removed } = resetWorkingCopy(config.dir)
  console.log(
    removed.length
      ? `Removed ${removed.join(', ')} from ${where}. The next \`npm run dev\` starts the local Content Lake from seed/ again.`
      : `There is no working copy in ${where}: the next \`npm run dev\` starts from seed/.`,
  )
  return 0
}

main().then((code) => process.exit(code))
