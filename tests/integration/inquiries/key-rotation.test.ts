import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { deriveKeys, parseMasterKey } from '@/lib/inquiries/keys'
import { newMasterKeyHex, validInquiryBody } from '@/tests/support/inquiries/fixtures'
import { fetchFormToken, postJson, startInquiryServer, type InquiryServer } from '@/tests/support/inquiries/server'
import { startSmtpSink } from '@/tests/support/inquiries/smtpSink'
import { freePort } from '@/tests/support/server'

/**
 * Rotating INQUIRY_ENCRYPTION_KEY on the real production server: inquiries stored under key
 * A wait in the outbox (no mail server); restarted with B as the key and A as a previous key,
 * the server delivers them; restarted with only B it refuses to start, naming the key ids;
 * after `npm run inquiries:rekey` only B is needed.
 */
const root = path.resolve(__dirname, '../../..')
const keyA = newMasterKeyHex()
const keyB = newMasterKeyHex()
const idA = deriveKeys(parseMasterKey(keyA)).keyId
const idB = deriveKeys(parseMasterKey(keyB)).keyId
const NOTIFY = { INQUIRY_NOTIFY_TO: 'intake@clinic.example' }

describe('key rotation across restarts', () => {
  let server: InquiryServer | undefined
  afterEach(async () => {
    await server?.stop()
    server = undefined
  })

  it('delivers what waited under the old key, refuses to start without it, and needs only the new key after rekey', async () => {
    // 1. Key A, mail server unreachable: two inquiries accepted, both waiting.
    const deadPort = await freePort()
    server = await startInquiryServer({ INQUIRY_ENCRYPTION_KEY: keyA, SMTP_URL: `smtp://127.0.0.1:${deadPort}`, ...NOTIFY })
    const dataDir = server.dataDir
    const references: string[] = []
    for (const name of ['Ana Uno', 'Ben Dos']) {
      const response = await postJson(server.url, { ...validInquiryBody({ name }), formToken: await fetchFormToken(server.url) })
      expect(response.status).toBe(201)
      references.push(String(response.body.reference))
    }
    await server.stop()

    // 2. Key B with A as a previous key, mail server up: both are delivered.
    const sink = await startSmtpSink()
    try {
      server = await startInquiryServer({
        INQUIRY_DATA_DIR: dataDir,
        INQUIRY_ENCRYPTION_KEY: keyB,
        INQUIRY_PREVIOUS_KEYS: keyA,
        SMTP_URL: sink.url,
        ...NOTIFY,
      })
      await sink.waitFor(2, 30_000)
      expect(sink.received.map((email) => email.parsed.subject).sort()).toEqual(references.map((r) => `New website inquiry ${r}`).sort())
      expect(server.output()).not.toMatch(/KEY_MISMATCH|DECRYPT_FAILED/)
      console.log(
        `key rotation: ${sink.received.length} notifications stored under key ${idA} delivered after restart with key ${idB} (previous ${idA})`,
      )
      await server.stop()
    } finally {
      await sink.close()
    }

    // 3. Only key B: the store still holds rows under A, so the server refuses to start.
    const refused = await startInquiryServer({ INQUIRY_DATA_DIR: dataDir, INQUIRY_ENCRYPTION_KEY: keyB }).then(
      (started) => {
        server = started
        return 'started'
      },
      (error: Error) => error.message,
    )
    expect(refused).toMatch(/next start exited with 1/)
    expect(refused).toContain(`key id(s) ${idA} (2 inquiries)`)
    expect(refused).toContain(`INQUIRY_ENCRYPTION_KEY is key id ${idB}`)
    expect(refused).toMatch(/Add the key\(s\) that encrypted them to INQUIRY_PREVIOUS_KEYS/)

    // 4. Re-encrypt under B (twice: idempotent), then B alone is enough.
    const rekey = () =>
      execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/inquiries-rekey.ts'], {
        cwd: root,
        env: {
          ...process.env,
          INQUIRY_DATA_DIR: dataDir,
          INQUIRY_ENCRYPTION_KEY: keyB,
          INQUIRY_PREVIOUS_KEYS: keyA,
          NODE_ENV: 'production',
          SITE_URL: 'https://clinic.example',
        },
        encoding: 'utf8',
      })
    const first = rekey()
    expect(first).toContain(`Current key ${idB}: re-encrypted 2, already current 0`)
    expect(first).not.toMatch(/Ana|Ben|555/)
    expect(rekey()).toContain('re-encrypted 0, already current 2')
    server = await startInquiryServer({ INQUIRY_DATA_DIR: dataDir, INQUIRY_ENCRYPTION_KEY: keyB })
    expect((await fetch(`${server.url}/contact`)).status).toBe(200)
  })
})
