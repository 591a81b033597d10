import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseInquiryConfig } from '@/lib/inquiries/config'
import { checkFormToken, issueFormToken } from '@/lib/inquiries/formToken'
import { checkedKeyRing } from '@/lib/inquiries/keyCheck'
import { decryptPayload, deriveKeys, encryptPayload, keyRingIds, parsePreviousKeys } from '@/lib/inquiries/keys'
import { openSqliteStore } from '@/lib/inquiries/store'
import { tempDataDir } from '@/tests/support/inquiries/fixtures'

const A = Buffer.alloc(32, 1)
const B = Buffer.alloc(32, 2)

describe('key ring', () => {
  it('encrypts with the current key and decrypts rows of previous keys by their key id', () => {
    const old = deriveKeys(A)
    const payload = encryptPayload(old, 'hello', 'HL-AAAA-BBBB')
    const ring = deriveKeys(B, [A])
    expect(keyRingIds(ring)).toEqual([ring.keyId, old.keyId])
    expect(decryptPayload(ring, payload, 'HL-AAAA-BBBB', old.keyId)).toBe('hello')
    const fresh = encryptPayload(ring, 'new', 'HL-CCCC-DDDD')
    expect(decryptPayload(deriveKeys(B), fresh, 'HL-CCCC-DDDD', ring.keyId)).toBe('new')
  })

  it('names the problem with a code: KEY_MISMATCH for an unknown key id, DECRYPT_FAILED for a bad payload', () => {
    const ring = deriveKeys(B)
    const payload = encryptPayload(deriveKeys(A), 'x', 'HL-AAAA-BBBB')
    expect(() => decryptPayload(ring, payload, 'HL-AAAA-BBBB', deriveKeys(A).keyId)).toThrow(
      expect.objectContaining({ code: 'KEY_MISMATCH' }),
    )
    expect(() => decryptPayload(ring, Buffer.alloc(60, 1), 'HL-AAAA-BBBB', ring.keyId)).toThrow(
      expect.objectContaining({ code: 'DECRYPT_FAILED' }),
    )
  })

  it('verifies form tokens signed by a previous key (forms open during a rotation still submit)', () => {
    const token = issueFormToken(deriveKeys(A), Date.now() - 10_000)
    expect(checkFormToken(deriveKeys(B, [A]), token, 0)).toMatchObject({ ok: true })
    expect(checkFormToken(deriveKeys(B), token, 0)).toMatchObject({ ok: false, reason: 'invalid' })
  })

  it('parses INQUIRY_PREVIOUS_KEYS and names it when a key is bad', () => {
    expect(parsePreviousKeys(` ${A.toString('hex')} , ${B.toString('base64')} `)).toEqual([A, B])
    expect(parsePreviousKeys('')).toEqual([])
    expect(() => parsePreviousKeys(`${A.toString('hex')},nope`)).toThrow(/INQUIRY_PREVIOUS_KEYS must be a comma-separated list/)
  })
})

describe('the key ring checked against the store', () => {
  async function storeWith(keyId: string) {
    const dir = tempDataDir()
    const store = openSqliteStore(dir)
    await store.saveInquiry({
      id: 'i1',
      reference: 'HL-KEYS-TEST',
      dedupeKey: 'd1',
      createdAt: new Date(),
      keyId,
      payload: Buffer.from('x'),
      messages: [],
    })
    return { dir, store }
  }

  it('refuses, without generating a development key, when INQUIRY_ENCRYPTION_KEY is missing and the store holds production data', async () => {
    const { dir, store } = await storeWith(deriveKeys(A).keyId)
    const config = parseInquiryConfig({ NODE_ENV: 'development', INQUIRY_DATA_DIR: dir })
    await expect(checkedKeyRing(config, store)).rejects.toThrow(
      /INQUIRY_ENCRYPTION_KEY is not set, but the inquiry store already holds inquiries encrypted with key id/,
    )
    expect(existsSync(path.join(dir, 'dev-encryption.key'))).toBe(false)
    await store.close()
  })

  it('refuses a key ring that lacks a key id the store uses, naming both', async () => {
    const { dir, store } = await storeWith(deriveKeys(A).keyId)
    const env = {
      NODE_ENV: 'production',
      SITE_URL: 'https://clinic.example',
      INQUIRY_DATA_DIR: dir,
      INQUIRY_ENCRYPTION_KEY: B.toString('hex'),
    }
    const config = parseInquiryConfig(env)
    const refusal = checkedKeyRing(config, store)
    await expect(refusal).rejects.toThrow(`key id(s) ${deriveKeys(A).keyId} (1 inquiry)`)
    await expect(checkedKeyRing(config, store)).rejects.toThrow(`INQUIRY_ENCRYPTION_KEY is key id ${deriveKeys(B).keyId}`)
    const withPrevious = parseInquiryConfig({ ...env, INQUIRY_PREVIOUS_KEYS: A.toString('hex') })
    await expect(checkedKeyRing(withPrevious, store)).resolves.toMatchObject({ keyId: deriveKeys(B).keyId })
    await store.close()
  })
})
