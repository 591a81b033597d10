/**
 * The same pages, rendered by two production builds: one on the bundled dataset, one whose
 * content comes through the real @sanity/client from a loopback server speaking Sanity's API.
 * Visitors must see the same content either way.
 */
import { type LoopbackSanity } from '@/tests/support/loopbackSanity'
import { seedDocuments } from '@/tests/support/seed'
import { startProductionServer, type RunningServer } from '@/tests/support/server'

let bundled: RunningServer
let sanity: RunningServer
let loopback: LoopbackSanity

const documents = seedDocuments()
const slugOf = (type: string) =>
  (documents.find((doc) => doc._type === type && !doc._id.startsWith('drafts.')) as unknown as { slug: { current: string } }).slug.current

const pages = [
  '/',
  '/blog',
  `/blog/${slugOf('post')}`,
  '/treatments',
  `/treatments/${slugOf('treatment')}`,
  '/videos',
  `/videos/${slugOf('video')}`,
]

/** The visible text of <main>, with markup and whitespace differences removed. */
function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0]
  if (!main) throw new Error('page has no <main>')
  return main
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

beforeAll(async () => {
  ;[bundled, sanity] = await Promise.all([startProductionServer(), startProductionServer({ sanity: { documents } })])
  loopback = sanity.loopback!
}, 15 * 60_000)

afterAll(async () => {
  await Promise.all([bundled?.stop(), sanity?.stop()])
})

test.each(pages)('%s shows the same content from Sanity and from the bundled dataset', async (path) => {
  const [fromBundle, fromSanity] = await Promise.all([
    fetch(bundled.url + path).then(async (r) => ({ status: r.status, html: await r.text() })),
    fetch(sanity.url + path).then(async (r) => ({ status: r.status, html: await r.text() })),
  ])
  expect(fromBundle.status).toBe(200)
  expect(fromSanity.status).toBe(200)
  expect(mainText(fromSanity.html)).toBe(mainText(fromBundle.html))
})

test('a page rendered at request time in Sanity mode queries the API with the published perspective', async () => {
  loopback.requests.length = 0
  // Search results are rendered per request (a unique term, so nothing is cached).
  const response = await fetch(`${sanity.url}/search?q=withdrawal+${Date.now()}`)
  expect(response.status).toBe(200)
  const searchQueries = loopback.requests.filter((request) => new URL(request.url, loopback.url).searchParams.has('$terms'))
  expect(searchQueries.length).toBeGreaterThan(0)
  for (const request of searchQueries) expect(request.perspective).toBe('published')
})

test('an unknown article address in Sanity mode is a 404 page in the HTML itself', async () => {
  const response = await fetch(`${sanity.url}/blog/no-such-article-${Date.now()}`)
  expect(response.status).toBe(404)
  expect(mainText(await response.text())).toContain('We could not find that page')
})
