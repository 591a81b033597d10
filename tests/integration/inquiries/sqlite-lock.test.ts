import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { fetchFormToken, postJson, startInquiryServer, type InquiryServer } from '@/tests/support/inquiries/server'
import { launchNextStart } from '@/tests/support/nextStart'
import { BUILD_TIMEOUT_MS, freePort, TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'

/**
 * One server per SQLite data directory (lib/inquiries/store/sqliteLock.ts): a second production
 * server on the directory a running one uses exits 1 naming INQUIRY_DATA_DIR, while the
 * inquiries:* commands keep working beside the running server, and the directory is free again
 * once the first server is gone, even after SIGKILL.
 */
const root = path.resolve(__dirname, '../../..')

describe('SQLite data directory lock', () => {
  let first: InquiryServer | undefined
  afterAll(async () => {
    await first?.stop()
  })

  async function startSecond(dataDir: string, distDir: string) {
    const second = launchNextStart({
      cwd: root,
      distDir,
      port: await freePort(),
      env: {
        ...process.env,
        ...first!.runtimeEnv,
        INQUIRY_DATA_DIR: dataDir,
        INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
        SITE_URL: 'http://localhost:3000',
      },
    })
    const timer = setTimeout(() => second.process.kill('SIGKILL'), 60_000)
    const code = await second.exited
    clearTimeout(timer)
    return { code, output: second.output() }
  }

  it(
    'refuses a second server on the same directory; the commands still work; SIGKILL frees it',
    async () => {
      first = await startInquiryServer()
      const { dataDir } = first
      const posted = await postJson(first.url, { ...validInquiryBody(), formToken: await fetchFormToken(first.url) })
      expect(posted.status).toBe(201)

      const second = await startSecond(dataDir, first.distDir)
      expect(second.code).toBe(1)
      expect(second.output).toContain(
        `INQUIRY_DATA_DIR: another server process already uses the SQLite store in ${JSON.stringify(dataDir)}`,
      )
      expect(second.output).not.toMatch(/\n\s+at \S+ \(/)
      // The first server is unaffected.
      expect((await fetch(`${first.url}/contact`)).status).toBe(200)

      // An operator's command beside the running server: reads the same store.
      const listed = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/inquiries-list.ts'], {
        cwd: root,
        env: { ...process.env, INQUIRY_DATA_DIR: dataDir, INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY, DATABASE_URL: '' },
        encoding: 'utf8',
      })
      expect(listed).toContain(String(posted.body.reference))

      // The OS drops the lock with the process: no stale lock after a crash.
      await first.stop('SIGKILL')
      first = undefined
      first = await startInquiryServer({ INQUIRY_DATA_DIR: dataDir })
      expect((await fetch(`${first.url}/contact`)).status).toBe(200)
    },
    BUILD_TIMEOUT_MS,
  ) // the first server may build the site
})
