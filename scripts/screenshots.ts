/**
 * Full-page screenshots of the main page types at phone and desktop widths, for a visual
 * check of the site. Starts the production server (bundled content) unless --url is given.
 *
 *   npx tsx --conditions=react-server scripts/screenshots.ts   # build if needed, start, shoot
 *   npx tsx --conditions=react-server scripts/screenshots.ts --url http://localhost:3100
 *   SHOTS_DIR=/tmp/shots (default); SHOTS_ONLY=home,post limits the pages;
 *   SHOTS_SEGMENTS=1 also saves screen-high slices (easier to inspect than one tall image).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { launchChromium, VIEWPORTS } from '../tests/support/browser'
import { startProductionServer, type RunningServer } from '../tests/support/server'

const outDir = process.env.SHOTS_DIR || '/tmp/shots'

async function firstLink(baseUrl: string, listPath: string, prefix: string): Promise<string> {
  const html = await (await fetch(new URL(listPath, baseUrl))).text()
  const match = new RegExp(`href="(${prefix}/[a-z0-9-]+)"`).exec(html)
  if (!match) throw new Error(`No ${prefix}/… link on ${listPath}`)
  return match[1]
}

async function main() {
  const urlArg = process.argv.indexOf('--url')
  let server: RunningServer | undefined
  let baseUrl: string
  if (urlArg !== -1) {
    baseUrl = process.argv[urlArg + 1]
  } else {
    server = await startProductionServer()
    baseUrl = server.url
  }
  mkdirSync(outDir, { recursive: true })
  const pages: Record<string, string> = {
    home: '/',
    post: await firstLink(baseUrl, '/blog', '/blog'),
    treatment: await firstLink(baseUrl, '/treatments', '/treatments'),
    video: await firstLink(baseUrl, '/videos', '/videos'),
    blog: '/blog',
    'not-found': '/this-page-does-not-exist',
  }
  const only = process.env.SHOTS_ONLY?.split(',')
  const browser = await launchChromium()
  try {
    for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
      const page = await context.newPage()
      for (const [name, pagePath] of Object.entries(pages)) {
        if (only && !only.includes(name)) continue
        await page.goto(new URL(pagePath, baseUrl).toString(), { waitUntil: 'load' })
        // Lazy images below the fold load once scrolled into view.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 600) {
            window.scrollTo(0, y)
            await new Promise((resolve) => setTimeout(resolve, 60))
          }
          await new Promise((resolve) => setTimeout(resolve, 400))
          window.scrollTo(0, 0)
        })
        await page.waitForLoadState('networkidle')
        const file = path.join(outDir, `${name}-${viewportName}.png`)
        await page.screenshot({ path: file, fullPage: true })
        console.log(`${file}  (${pagePath})`)
        if (process.env.SHOTS_SEGMENTS) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight)
          for (let y = 0, part = 1; y < height; y += viewport.height, part += 1) {
            const clip = { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) }
            await page.screenshot({ path: path.join(outDir, `${name}-${viewportName}-${part}.png`), fullPage: true, clip })
          }
        }
      }
      await context.close()
    }
  } finally {
    await browser.close()
    await server?.stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
