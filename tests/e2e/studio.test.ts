/**
 * /studio without a Sanity project: a clear page with connection instructions, 200, no
 * uncaught error in Chromium, not indexed. The Studio's code (about 1.9 MB gzip) is loaded
 * only on /studio with a project: neither the instructions page nor any public page
 * downloads it, so the Studio route does not grow what visitors load.
 */
import { gzipSync } from 'node:zlib'
import type { Page } from 'playwright-core'
import { chromiumForSuite } from '@/tests/support/browser'
import { seedDocuments } from '@/tests/support/seed'
import { productionServerForSuite } from '@/tests/support/server'

type Doc = { _id: string; _type: string; slug?: { current: string } }
const post = (seedDocuments() as Doc[]).find((doc) => doc._type === 'post' && doc.slug?.current)!

/** A validation message from the Studio's schema: present in the Studio bundle and nowhere else. */
const STUDIO_MARKER = 'Posts in a medical category need a medical reviewer'

const server = productionServerForSuite()
const browser = chromiumForSuite()

type Load = { status: number | null; errors: string[]; scripts: { url: string; body: string }[] }

async function load(page: Page, path: string): Promise<Load> {
  const errors: string[] = []
  const scripts: Promise<{ url: string; body: string }>[] = []
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`))
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => ({ url: response.url(), body })))
  })
  const response = await page.goto(server().url + path, { waitUntil: 'networkidle' })
  return { status: response?.status() ?? null, errors, scripts: await Promise.all(scripts) }
}

test('/studio without a project explains how to connect one, with no error and no Studio code', async () => {
  const page = await browser().newPage()
  try {
    const { status, errors, scripts } = await load(page, '/studio')
    expect(status).toBe(200)
    expect(errors).toEqual([])
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Connect a Sanity project to edit content')
    await expect(page.getByText('NEXT_PUBLIC_SANITY_PROJECT_ID', { exact: false }).first().isVisible()).resolves.toBe(true)
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/)
    expect(scripts.filter((script) => script.body.includes(STUDIO_MARKER)).map((script) => script.url)).toEqual([])
  } finally {
    await page.close()
  }
})

test.each(['/', `/blog/${post.slug!.current}`])('the public page %s downloads none of the Studio', async (path) => {
  const page = await browser().newPage()
  try {
    const { status, errors, scripts } = await load(page, path)
    expect(status).toBe(200)
    expect(errors).toEqual([])
    expect(scripts.filter((script) => script.body.includes(STUDIO_MARKER)).map((script) => script.url)).toEqual([])
    const gzipBytes = scripts.reduce((sum, script) => sum + gzipSync(script.body, { level: 9 }).length, 0)
    console.log(`${path}: ${scripts.length} scripts, ${gzipBytes} bytes gzip`)
  } finally {
    await page.close()
  }
})
