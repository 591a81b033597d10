import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { jsonLdBlocks } from '@/tests/support/html'
import { documentsOfType, publishedDocuments } from '@/tests/support/seed'
import { productionServerForSuite, SITE, TEST_INQUIRY_ENCRYPTION_KEY } from '@/tests/support/server'
import { describeWithService } from '@/tests/support/services'
import { describeVnuMessage, isVnuError, isVnuWarning, javaIsAvailable, validateHtmlFiles, type VnuMessage } from '@/tests/support/vnu'

/**
 * Every page template's HTML, as the production server sends it, through the Nu Html Checker
 * (the W3C validator's engine, offline): no errors. Warnings are counted and printed, not failed.
 * Also: every HTML answer says `charset=utf-8`, its JSON-LD parses, its <head> has one of each
 * element that must be unique.
 *
 * Left out, because there is no server HTML to check: the Studio (/studio) is a client-rendered
 * app whose server HTML is an empty shell that Sanity's own code fills in; the staff inbox and its
 * pages need a signed-in session (the sign-in and enrolment pages are checked). Not HTML: the
 * feed, the article PDF and the media route.
 */

type Template = { name: string; path: string; status: number; html: string; contentType: string | null; file: string }

/** The category with the most articles: the one most likely to have a page 2. */
function busiestCategorySlug(): string {
  const posts = documentsOfType('post')
  const categories = publishedDocuments().filter((doc) => doc._type === 'category' && doc.slug?.current)
  const count = (id: string) => posts.filter((post) => post.categories?.some((ref) => ref._ref === id)).length
  const [busiest] = categories.sort((a, b) => count(b._id) - count(a._id))
  if (!busiest) throw new Error('The bundled dataset has no category')
  return busiest.slug!.current
}

const hasLinkTo = (html: string, href: string) => html.includes(`href="${href}"`)

const root = path.resolve(__dirname, '../..')

/** An enrolment link's path, from the operator's own command (as an administrator would invite). */
function invitationPath(dataDir: string): string {
  const output = execFileSync(
    'npm',
    ['run', '-s', 'staff:invite', '--', 'vnu.check@clinic.example', '--role', 'intake', '--name', 'Val Idator'],
    {
      cwd: root,
      env: { ...process.env, INQUIRY_DATA_DIR: dataDir, SITE_URL: SITE, INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY },
      encoding: 'utf8',
    },
  )
  const link = /https?:\/\/\S+\/staff\/enrol\/\S+/.exec(output)?.[0]
  if (!link) throw new Error(`staff:invite printed no link:\n${output}`)
  return new URL(link).pathname
}

/** The search limit (30 a minute per address) is passed on purpose to get its refusal page. */
const SEARCH_LIMIT_ATTEMPTS = 40

describeWithService(
  'Java for the Nu Html Checker (apt-get install default-jre-headless)',
  javaIsAvailable(),
  'HTML validity of every template',
  () => {
    // The server's inquiry and staff store, shared with staff:invite for an enrolment link.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'html-validity-data-'))
    const server = productionServerForSuite({ env: { INQUIRY_DATA_DIR: dataDir } })
    const templates: Template[] = []
    let results = new Map<string, VnuMessage[]>()
    let folder = ''

    async function fetchTemplate(name: string, pagePath: string, status = 200): Promise<Template> {
      const response = await fetch(`${server().url}${pagePath}`, { redirect: 'manual' })
      const file = path.join(folder, `${String(templates.length).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-')}.html`)
      const template = {
        name,
        path: pagePath,
        status: response.status,
        html: await response.text(),
        contentType: response.headers.get('content-type'),
        file,
      }
      if (response.status !== status) throw new Error(`${name} (${pagePath}) answered ${response.status}, expected ${status}`)
      writeFileSync(file, template.html)
      templates.push(template)
      return template
    }

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'html-validity-'))
      const category = busiestCategorySlug()
      await fetchTemplate('home', '/')
      const blog = await fetchTemplate('article list', '/blog')
      if (!hasLinkTo(blog.html, '/blog/page/2'))
        throw new Error('/blog links to no page 2: this test expects the bundled dataset to fill more than one page')
      await fetchTemplate('article list, page 2', '/blog/page/2')
      const categoryPage = await fetchTemplate('category', `/blog/category/${category}`)
      // Only a category with more articles than one page has a page 2.
      if (hasLinkTo(categoryPage.html, `/blog/category/${category}/page/2`)) {
        await fetchTemplate('category, page 2', `/blog/category/${category}/page/2`)
      } else {
        console.log(`No category has a page 2 (the busiest, ${category}, fits on one page): /blog/page/2 covers the paged template.`)
      }
      await fetchTemplate('article', `/blog/${documentsOfType('post')[0].slug.current}`)
      await fetchTemplate('treatment list', '/treatments')
      await fetchTemplate('treatment', `/treatments/${documentsOfType('treatment')[0].slug.current}`)
      await fetchTemplate('video list', '/videos')
      await fetchTemplate('video', `/videos/${documentsOfType('video')[0].slug.current}`)
      await fetchTemplate('contact', '/contact')
      await fetchTemplate('contact thank-you', '/contact/thank-you?ref=HL-7K3M-Q9TX')
      await fetchTemplate('privacy', '/privacy')
      await fetchTemplate('search form', '/search')
      await fetchTemplate('search with results', '/search?q=withdrawal')
      await fetchTemplate('search without results', '/search?q=zzyzxqv')
      await fetchTemplate('search refused (no word long enough)', '/search?q=a')
      await fetchTemplate('not found', '/this-page-does-not-exist', 404)
      await fetchTemplate('staff sign-in', '/staff/sign-in')
      await fetchTemplate('staff enrolment', invitationPath(dataDir))
      await fetchTemplate('staff enrolment, unknown link', '/staff/enrol/not-a-real-invitation', 404)
      // Last, as it spends this client's search allowance: the proxy's own 429 page.
      for (let attempt = 0; attempt < SEARCH_LIMIT_ATTEMPTS; attempt++) {
        const response = await fetch(`${server().url}/search?q=limit${attempt}`, { method: 'HEAD' })
        if (response.status === 429) break
      }
      await fetchTemplate('search limit reached', '/search?q=limit', 429)
      results = await validateHtmlFiles(templates.map((template) => template.file))
    }, 10 * 60_000)

    afterAll(() => {
      if (folder) rmSync(folder, { recursive: true, force: true })
      rmSync(dataDir, { recursive: true, force: true })
    })

    it('the Nu Html Checker finds no error on any template', () => {
      const errors: string[] = []
      const warnings: string[] = []
      for (const template of templates) {
        const label = `${template.name} ${template.path}`
        const messages = results.get(template.file) ?? []
        for (const message of messages.filter(isVnuWarning)) warnings.push(describeVnuMessage(label, message))
        for (const message of messages.filter(isVnuError)) errors.push(describeVnuMessage(label, message))
      }
      // Warnings do not fail the test, but they are printed so they can be looked at.
      console.log(
        `Nu Html Checker: ${templates.length} templates, ${errors.length} errors, ${warnings.length} warnings${warnings.length ? `:\n${warnings.join('\n')}` : ''}`,
      )
      if (errors.length > 0) throw new Error(`${errors.length} HTML errors:\n${errors.join('\n')}`)
    })

    it('every template is sent as UTF-8 HTML and says so in its first bytes', () => {
      for (const template of templates) {
        expect([template.name, template.contentType?.toLowerCase().replace(/\s+/g, '')]).toEqual([template.name, 'text/html;charset=utf-8'])
        expect([template.name, /^<!doctype html>/i.test(template.html)]).toEqual([template.name, true])
        expect([template.name, /<meta charset="utf-8"/i.test(template.html.slice(0, 1024))]).toEqual([template.name, true])
      }
    })

    it('every <head> has one charset, one title, one viewport, and one description and one canonical at most', () => {
      for (const template of templates) {
        const head = /<head>([\s\S]*?)<\/head>/.exec(template.html)?.[1] ?? ''
        const count = (pattern: RegExp) => head.match(pattern)?.length ?? 0
        const descriptions = count(/<meta name="description"/g)
        const canonicals = count(/<link rel="canonical"/g)
        expect({
          page: template.name,
          charsets: count(/<meta charset=/gi),
          titles: count(/<title[ >]/g),
          viewports: count(/<meta name="viewport"/g),
          descriptionsAtMostOne: descriptions <= 1,
          canonicalsAtMostOne: canonicals <= 1,
        }).toEqual({ page: template.name, charsets: 1, titles: 1, viewports: 1, descriptionsAtMostOne: true, canonicalsAtMostOne: true })
      }
    })

    it('every JSON-LD block parses, names schema.org and cannot close its <script> early', () => {
      for (const template of templates) {
        const raw = Array.from(
          template.html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g),
          (match) => match[1],
        )
        for (const block of raw) expect([template.name, block.includes('<')]).toEqual([template.name, false])
        const blocks = jsonLdBlocks(template.html) as Array<Record<string, unknown>>
        for (const block of blocks) expect([template.name, block['@context']]).toEqual([template.name, 'https://schema.org'])
      }
    })
  },
)
