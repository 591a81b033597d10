/**
 * The loopback API in a process of its own, for `next build` in Sanity mode
 * (tests/support/sanityMode.ts): the test process cannot answer while it waits for the build.
 * Usage: node --conditions=react-server --import tsx tests/support/loopbackSanityMain.ts <port>
 */
import { startLoopbackSanity } from './loopbackSanity'
import { seedDocuments } from './seed'

const port = Number(process.argv[2])

startLoopbackSanity(seedDocuments(), { port }).then(
  () => process.stdout.write('ready\n'),
  (error: NodeJS.ErrnoException) => {
    process.stderr.write(`${error.code ?? error.message}\n`)
    process.exit(1)
  },
)
