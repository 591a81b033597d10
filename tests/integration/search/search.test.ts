import { documentsOfType } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

/** /search?q= over posts, treatments and videos, rendered on the server (works without JavaScript). */
const server = productionServerForSuite()

async function search(q: string | null): Promise<{ status: number; html: string; links: string[] }> {
  const response = await fetch(`${server().url}/search${q === null ? '' : `?q=${encodeURIComponent(q)}`}`)
  const html = await response.text()
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'))
  const links = Array.from(main.matchAll(/<h3[^>]*><a[^>]* href="([^"]+)"/g), (match) => match[1])
  return { status: response.status, html: main, links }
}

describe('/search', () => {
  it('finds posts, treatments and videos by words in their title or text, with highlighted excerpts', async () => {
    const { status, html, links } = await search('withdrawal')
    expect(status).toBe(200)
    expect(links).toContain('/blog/alcohol-withdrawal-safety')
    expect(links.some((link) => link.startsWith('/treatments/'))).toBe(true)
    expect(html).toMatch(/<mark>withdrawal<\/mark>/i)
    expect(html).toMatch(/\d+ results? for “withdrawal”/)
  })

  it('ranks a title match first and finds word beginnings', async () => {
    const { links } = await search('naloxone')
    expect(links[0]).toMatch(/naloxone/)
    expect((await search('naloxo')).links).toEqual(links)
  })

  it('searches video transcripts and treatment text', async () => {
    const video = documentsOfType('video')[0]
    const word = (video.transcript as string).match(/\b[A-Za-z]{9,}\b/)?.[0] as string
    expect((await search(word)).links).toContain(`/videos/${video.slug.current}`)
  })

  it('requires every word to match', async () => {
    const both = (await search('alcohol withdrawal')).links
    const alcohol = (await search('alcohol')).links
    expect(both.length).toBeGreaterThan(0)
    expect(both.every((link) => alcohol.includes(link))).toBe(true)
  })

  it('without a query, explains how to search instead of listing nothing', async () => {
    const { status, html, links } = await search(null)
    expect(status).toBe(200)
    expect(links).toEqual([])
    expect(html).toContain('What are you looking for?')
    expect((await search('   ')).html).toContain('What are you looking for?')
  })

  it('says so when nothing matches, and suggests where to go', async () => {
    const { html, links } = await search('zzzxqv')
    expect(links).toEqual([])
    expect(html).toContain('No results for “zzzxqv”')
    expect(html).toContain('href="/treatments"')
  })

  it('never echoes markup, caps the query length, and tolerates repeated or odd parameters', async () => {
    const { html } = await search('<script>alert(1)</script> "detox"')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')

    const long = await search(`detox ${'a'.repeat(5000)}`)
    expect(long.status).toBe(200)
    expect(long.html).not.toContain('a'.repeat(101))

    const repeated = await fetch(`${server().url}/search?q=detox&q=other`)
    expect(repeated.status).toBe(200)
    expect(await repeated.text()).toContain('for “detox”')

    expect((await search('*[_type == "settings"]')).status).toBe(200)
  })
})
