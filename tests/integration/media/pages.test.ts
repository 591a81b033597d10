/**
 * @jest-environment node
 *
 * The images of each template as a browser gets them from a production server: every image a
 * <picture> with AVIF/WebP sources and a JPEG fallback, each with srcset and sizes; exactly one
 * eager, high-priority image on pages with an image above the fold; no image preload; and in
 * Chromium at 390 px and 1280 px, each image downloaded once, as AVIF, at the smallest ladder
 * width that covers its slot.
 */
import { chromiumForSuite, VIEWPORTS } from '@/tests/support/browser'
import { documentsOfType, firstWith } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'
import { WIDTH_LADDER } from '@/lib/media/variants'

const server = productionServerForSuite({ port: 4612 })
const browser = chromiumForSuite()

const PAGES = {
  home: { path: '/', priority: 0 },
  article: { path: '/blog/what-heroin-does-to-the-brain', priority: 1 },
  treatment: { path: `/treatments/${firstWith('treatment', 'heroImage').slug.current}`, priority: 1 },
  videos: { path: '/videos', priority: 1 },
  video: { path: `/videos/${documentsOfType('video')[0].slug.current}`, priority: 1 },
}

const attribute = (tag: string, name: string) => {
  // React writes some names in camel case (srcSet, fetchPriority); HTML attribute names ignore case.
  const match = new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)
  return match ? match[1].replaceAll('&amp;', '&') : null
}

describe.each(Object.entries(PAGES))('%s', (_, { path, priority }) => {
  let html: string
  beforeAll(async () => {
    const response = await fetch(server().url + path)
    expect(response.status).toBe(200)
    html = await response.text()
  })

  test('every content image is a <picture>: AVIF and WebP sources and a fallback <img>, each with srcset and sizes', () => {
    const pictures = [...html.matchAll(/<picture[^>]*>([\s\S]*?)<\/picture>/g)].map((match) => match[1])
    expect(pictures.length).toBeGreaterThan(0)
    for (const picture of pictures) {
      const sources = [...picture.matchAll(/<source[^>]*>/g)].map((match) => match[0])
      expect(sources.map((source) => attribute(source, 'type'))).toEqual(['image/avif', 'image/webp'])
      const img = /<img[^>]*>/.exec(picture)![0]
      for (const tag of [...sources, img]) {
        expect(attribute(tag, 'srcset')).toMatch(/^\/media\/\S+ \d+w(, \/media\/\S+ \d+w)*$/)
        expect(attribute(tag, 'sizes')).toBeTruthy()
      }
      expect(attribute(img, 'src')).toMatch(/^\/media\/[^ ]+&fm=(jpg|png)/)
      expect(Number(attribute(img, 'width'))).toBeGreaterThan(0)
      expect(Number(attribute(img, 'height'))).toBeGreaterThan(0)
    }
    // No image anywhere with sizes but no srcset (invalid HTML), and none outside a <picture> from /media.
    for (const match of html.matchAll(/<img[^>]*>/g)) {
      if (attribute(match[0], 'sizes') !== null) expect(attribute(match[0], 'srcset')).not.toBeNull()
    }
    const outside = html.replace(/<picture[\s\S]*?<\/picture>/g, '')
    expect(outside).not.toMatch(/<img[^>]*src="\/media\//)
  })

  test(`${priority} eager high-priority image${priority === 1 ? '' : 's'}, all others lazy, and no image preload`, () => {
    const imgs = [...html.matchAll(/<img[^>]*>/g)].map((match) => match[0])
    const eager = imgs.filter((img) => attribute(img, 'loading') !== 'lazy')
    const high = imgs.filter((img) => attribute(img, 'fetchpriority') === 'high')
    expect(high).toHaveLength(priority)
    expect(eager).toEqual(high)
    expect(html).not.toMatch(/<link[^>]*as="image"/)
  })
})

describe.each(Object.entries(VIEWPORTS))('in Chromium at %s size', (_, viewport) => {
  test.each(Object.entries(PAGES))('%s: each image once, AVIF, the smallest ladder width covering its slot', async (_, { path }) => {
    const context = await browser().newContext({ viewport })
    const page = await context.newPage()
    const requested: string[] = []
    const warnings: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.pathname.startsWith('/media/')) requested.push(url.pathname + url.search)
    })
    page.on('console', (message) => {
      // Chromium's warning for a preloaded image the page did not use (stylesheets are another matter).
      if (/preload/i.test(message.text()) && message.text().includes('/media/')) warnings.push(message.text())
    })
    try {
      await page.goto(server().url + path, { waitUntil: 'load' })
      // Bring every lazy image into view, then back to the top.
      const height = await page.evaluate(() => document.documentElement.scrollHeight)
      for (let y = 0; y < height; y += viewport.height / 2) {
        await page.evaluate((top) => window.scrollTo(0, top), y)
        await page.waitForTimeout(50)
      }
      await page.waitForLoadState('networkidle')
      const images = await page.evaluate(() =>
        [...document.querySelectorAll('picture img')].map((img) => {
          const element = img as HTMLImageElement
          return {
            src: element.currentSrc,
            rendered: element.getBoundingClientRect().width,
            complete: element.complete,
            natural: element.naturalWidth,
          }
        }),
      )
      const layoutShift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value
            }).observe({ type: 'layout-shift', buffered: true })
            setTimeout(() => resolve(total), 100)
          }),
      )
      expect(images.length).toBeGreaterThan(0)
      for (const image of images) {
        expect(image.complete && image.natural > 0).toBe(true)
        const url = new URL(image.src)
        expect(url.searchParams.get('fm')).toBe('avif')
        const chosen = Number(url.searchParams.get('w'))
        const rungs = WIDTH_LADDER.filter((width) => width <= Math.max(chosen, 96))
        const smaller = rungs[rungs.indexOf(chosen as (typeof WIDTH_LADDER)[number]) - 1] ?? 0
        // Large enough for the slot (unless it is the image's largest rung), and no rung larger than needed.
        const record = { path, src: url.pathname.slice(-12) + url.search, rendered: Math.round(image.rendered) }
        expect({ ...record, coversSlot: chosen >= image.rendered * 0.98 || image.natural === chosen }).toEqual({
          ...record,
          coversSlot: true,
        })
        expect({ ...record, oneRungAtMost: smaller < image.rendered * 1.02 }).toEqual({ ...record, oneRungAtMost: true })
      }
      expect(requested.length).toBe(new Set(requested).size)
      expect(requested.filter((address) => !address.includes('fm=avif'))).toEqual([])
      expect(warnings).toEqual([])
      expect(layoutShift).toBe(0)
    } finally {
      await context.close()
    }
  })
})

test('at 1280 px a treatment’s hero image sits beside its heading, as the two-column hero lays it out', async () => {
  const context = await browser().newContext({ viewport: VIEWPORTS.desktop })
  const page = await context.newPage()
  try {
    await page.goto(server().url + PAGES.treatment.path, { waitUntil: 'load' })
    const { image, heading } = await page.evaluate(() => ({
      image: document.querySelector('img[fetchpriority="high"]')!.getBoundingClientRect().toJSON() as DOMRect,
      heading: document.querySelector('h1')!.getBoundingClientRect().toJSON() as DOMRect,
    }))
    expect(image.left).toBeGreaterThan(heading.left + heading.width / 2)
    expect(image.top).toBeLessThan(heading.bottom)
  } finally {
    await context.close()
  }
})

test('at 390 px the byline portraits stay round 3rem circles', async () => {
  const context = await browser().newContext({ viewport: VIEWPORTS.phone })
  const page = await context.newPage()
  try {
    await page.goto(server().url + PAGES.article.path, { waitUntil: 'load' })
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('picture img')]
        .map((img) => img.getBoundingClientRect())
        .filter((rect) => rect.width < 100)
        .map((rect) => [Math.round(rect.width), Math.round(rect.height)]),
    )
    expect(sizes).toEqual([
      [48, 48],
      [48, 48],
    ])
  } finally {
    await context.close()
  }
})
