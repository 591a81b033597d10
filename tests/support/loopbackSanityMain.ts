/**
 * The loopback API in a process of its own, for `next build` in Sanity mode
 * (tests/support/sanityMode.ts): the test process cannot answer while it waits for the build.
 * Usage: node --conditions=react-server --import tsx tests/support/loopbackSanityMain.ts <port>
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseNdjson } from '../../lib/content/bundledDataset'
import { startLoopbackSanity } from './loopbackSanity'

const port = Number(process.argv[2])
const file = path.join(process.cwd(), 'seed', 'data.ndjson')

startLoopbackSanity(parseNdjson(readFileSync(file, 'utf8'), file), { port }).then(
  () => process.stdout.write('ready\n'),
  (error: NodeJS.ErrnoException) => {
    process.stderr.write(`${error.code ?? error.message}\n`)
    process.exit(1)
  },
)
