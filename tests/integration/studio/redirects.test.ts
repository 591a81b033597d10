/**
 * Redirects managed in the Studio: an editor who renames a slug adds a redirect document
 * (from, to, permanent) and the site sends the old address to the new one with the right
 * status, without a rebuild: at once when the webhook arrives.
 */
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'

const SECRET = 'integration-webhook-secret-0123456789'
const WRITE_TOKEN = 'loopback-editor-token-0123456789'

/** The bundled dataset's sample: a post renamed from heroin-and-the-brain. */
const seedRedirect = seedDocuments().find((doc) => doc._type === 'redirect') as unknown as { from: string; to: string }

const redirectOf = async (server: RunningServer, path: string) => {
  const response = await fetch(server.url + path, { redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location') }
}

describe('on the bundled dataset (no Sanity project)', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startProductionServer()
  }, 15 * 60_000)
  afterAll(() => server?.stop())

  test('the sample redirect sends the old path to the new one with 308, keeping the query string', async () => {
    expect(await redirectOf(server, seedRedirect.from)).toEqual({ status: 308, location: seedRedirect.to })
    expect(await redirectOf(server, `${seedRedirect.from}?utm_source=newsletter`)).toEqual({
      status: 308,
      location: `${seedRedirect.to}?utm_source=newsletter`,
    })
  })

  test('the new address itself is served, not redirected', async () => {
    expect((await redirectOf(server, seedRedirect.to)).status).toBe(200)
  })
})

describe('with a Sanity project', () => {
  let loopback: LoopbackSanity
  let server: RunningServer

  beforeAll(async () => {
    server = await startProductionServer({ sanity: { token: WRITE_TOKEN }, env: { SANITY_REVALIDATE_SECRET: SECRET } })
    loopback = server.loopback!
  }, 15 * 60_000)

  afterAll(() => server?.stop())

  test('a redirect from the Content Lake applies', async () => {
    expect(await redirectOf(server, seedRedirect.from)).toEqual({ status: 308, location: seedRedirect.to })
  })

  test('a temporary redirect published in the Studio applies right after the webhook, with 307', async () => {
    const from = '/treatments/old-detox-page'
    expect((await redirectOf(server, from)).status).toBe(404)

    // What the Studio does on publish.
    const published = await fetch(`${loopback.url}/v2025-10-01/data/mutate/production?returnIds=true&visibility=sync`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WRITE_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        mutations: [
          {
            create: { _id: 'redirect-old-detox', _type: 'redirect', from, to: '/treatments/medically-supervised-detox', permanent: false },
          },
        ],
      }),
    })
    expect(published.status).toBe(200)
    // The proxy keeps its list for a minute unless told otherwise.
    expect((await redirectOf(server, from)).status).toBe(404)

    const body = JSON.stringify({ _type: 'redirect', _id: 'redirect-old-detox', slug: null, previousSlug: null })
    const webhook = await fetch(`${server.url}/api/revalidate`, {
      method: 'POST',
      headers: { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET) },
      body,
    })
    expect(webhook.status).toBe(200)
    expect(await redirectOf(server, from)).toEqual({ status: 307, location: '/treatments/medically-supervised-detox' })
  })
})
