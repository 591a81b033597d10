/**
 * npm run bench:wordpress [-- --serve]
 *
 * The WordPress baseline, on loopback, from Debian's own packages: WordPress 6.1 with its default
 * theme (Twenty Twenty-Three), MariaDB, served by PHP's built-in server on 127.0.0.1:8480
 * (bench/wordpress/router.php does what Debian's Apache example does). One post carries our heroin
 * article's own text, headings, lists, callout, sources and featured image, so the post page is
 * the like-for-like of our article page; the home page lists the posts (WordPress's default).
 *
 * Idempotent: each step checks first (packages installed, database and user, config file, site
 * installed, post present) and a second run reuses everything. Without --serve it sets up,
 * checks both pages answer, and stops the server; bench/lighthouse.ts starts it the same way.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
export const WORDPRESS_PORT = Number(process.env.WORDPRESS_PORT || 8480)
const HOST = '127.0.0.1'
const ORIGIN = `http://${HOST}:${WORDPRESS_PORT}`
const DOCUMENT_ROOT = '/usr/share/wordpress'
const THEME = '/usr/share/wordpress/wp-content/themes/twentytwentythree'
/** Debian's wp-config.php loads /etc/wordpress/config-<Host header without port>.php. */
const CONFIG_FILE = `/etc/wordpress/config-${HOST}.php`
const DATABASE = 'wp_bench'
const DATABASE_USER = 'wp_bench'
/** Loopback-only benchmark database: the password guards nothing of value. */
const DATABASE_PASSWORD = 'wp-bench-loopback-only'
const POST_SLUG = 'what-heroin-does-to-the-brain'
const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql']

export type WordPressBaseline = { origin: string; homeUrl: string; postUrl: string; stop: () => Promise<void> }

function run(command: string, args: string[], input?: string): string {
  return execFileSync(command, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] })
}

function log(message: string): void {
  console.log(`[wordpress] ${message}`)
}

function installPackages(): void {
  if (existsSync(path.join(DOCUMENT_ROOT, 'wp-settings.php')) && existsSync(THEME) && existsSync('/usr/bin/php')) return
  log(`installing ${PACKAGES.join(', ')} from Debian …`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  // The wordpress package depends on apache2 | httpd; Apache is installed but never started here.
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env })
}

function mysql(sql: string): string {
  return run('mysql', ['--batch', '--skip-column-names'], sql)
}

function ensureDatabase(): void {
  try {
    mysql('SELECT 1;')
  } catch (error) {
    throw new Error(`MariaDB does not answer to \`mysql\` as root: ${(error as Error).message}`)
  }
  mysql(
    [
      `CREATE DATABASE IF NOT EXISTS ${DATABASE} CHARACTER SET utf8mb4;`,
      `CREATE USER IF NOT EXISTS '${DATABASE_USER}'@'localhost' IDENTIFIED BY '${DATABASE_PASSWORD}';`,
      `GRANT ALL PRIVILEGES ON ${DATABASE}.* TO '${DATABASE_USER}'@'localhost';`,
    ].join('\n'),
  )
}

/** Debian's config file (README.Debian): database settings, keys kept from an earlier run. */
function ensureConfig(): void {
  const existing = existsSync(CONFIG_FILE) ? readFileSync(CONFIG_FILE, 'utf8') : ''
  if (existing.includes(`'${DATABASE}'`)) return
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
  const text = `<?php
// Written by bench/wordpress.ts: the WordPress baseline for the benchmarks, on loopback.
define('DB_NAME', '${DATABASE}');
define('DB_USER', '${DATABASE_USER}');
define('DB_PASSWORD', '${DATABASE_PASSWORD}');
define('DB_HOST', 'localhost');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${randomBytes(32).toString('hex')}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_DEBUG', false);
define('WP_CONTENT_DIR', '/var/lib/wordpress/wp-content');
`
  writeFileSync(CONFIG_FILE, text, { mode: 0o640 })
  log(`wrote ${CONFIG_FILE}`)
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) })
    await response.arrayBuffer()
    return true
  } catch {
    return false
  }
}

function startServer(): { child: ChildProcess; stop: () => Promise<void> } {
  const router = path.join(root, 'bench/wordpress/router.php')
  // Four workers: a browser fetches a page's styles and scripts in parallel, as Apache would serve them.
  const child = spawn('php', ['-S', `${HOST}:${WORDPRESS_PORT}`, '-t', DOCUMENT_ROOT, router], {
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group: the workers outlive a signal sent to the master alone.
    detached: true,
  })
  let output = ''
  child.stderr?.on('data', (chunk) => (output = (output + chunk).slice(-4000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.once('exit', (code) => {
    if (code) console.error(`[wordpress] php -S exited with ${code}: ${output}`)
  })
  return {
    child,
    stop: async () => {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM')
      await exited
    },
  }
}

function isInstalled(): boolean {
  return (
    mysql(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='${DATABASE}' AND table_name='wp_options';`).trim() === '1'
  )
}

/** WordPress's own installer, as a person submits it (wp-admin/install.php?step=2). */
async function installSite(): Promise<void> {
  const password = randomBytes(18).toString('base64url') // never used again: the post is created through the CLI
  const form = new URLSearchParams({
    weblog_title: 'Harbor Recovery Center',
    user_name: 'admin',
    admin_password: password,
    admin_password2: password,
    pw_weak: '1',
    admin_email: 'admin@example.org',
    blog_public: '1',
    Submit: 'Install WordPress',
    language: '',
  })
  const response = await fetch(`${ORIGIN}/wp-admin/install.php?step=2`, { method: 'POST', body: form })
  const html = await response.text()
  if (!response.ok || !html.includes('Success!')) throw new Error(`WordPress installer answered ${response.status}: ${html.slice(0, 500)}`)
  log('installed the site through wp-admin/install.php')
}

type Span = { text: string; marks?: string[] }
type Block = {
  _type: string
  style?: string
  listItem?: 'bullet' | 'number'
  children?: Span[]
  markDefs?: Array<{ _key: string; _type: string; href?: string }>
  title?: string
  body?: string
}
type SeedPost = {
  title: string
  excerpt: string
  mainImage: { _sanityAsset: string; alt: string }
  body: Block[]
  sources?: Array<{ title: string; publisher?: string; url: string }>
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function inline(block: Block): string {
  return (block.children ?? [])
    .map((span) => {
      let html = escapeHtml(span.text)
      for (const mark of span.marks ?? []) {
        if (mark === 'strong') html = `<strong>${html}</strong>`
        else if (mark === 'em') html = `<em>${html}</em>`
        else {
          const link = block.markDefs?.find((def) => def._key === mark)
          if (link?.href) html = `<a href="${escapeHtml(link.href)}">${html}</a>`
        }
      }
      return html
    })
    .join('')
}

/** Our article's Portable Text as Gutenberg block markup: the same words and structure. */
export function toBlockMarkup(post: SeedPost): string {
  const out: string[] = []
  let list: { kind: 'bullet' | 'number'; items: string[] } | null = null
  const closeList = () => {
    if (!list) return
    const ordered = list.kind === 'number'
    const tag = ordered ? 'ol' : 'ul'
    out.push(
      `<!-- wp:list${ordered ? ' {"ordered":true}' : ''} -->\n<${tag}>${list.items.map((item) => `<li>${item}</li>`).join('')}</${tag}>\n<!-- /wp:list -->`,
    )
    list = null
  }
  for (const block of post.body) {
    if (block._type === 'block' && block.listItem) {
      if (list && list.kind !== block.listItem) closeList()
      list ??= { kind: block.listItem, items: [] }
      list.items.push(inline(block))
      continue
    }
    closeList()
    if (block._type === 'callout') {
      out.push(
        `<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p><strong>${escapeHtml(block.title ?? '')}</strong></p>\n<!-- /wp:paragraph --><!-- wp:paragraph -->\n<p>${escapeHtml(block.body ?? '')}</p>\n<!-- /wp:paragraph --></blockquote>\n<!-- /wp:quote -->`,
      )
    } else if (block.style === 'h2' || block.style === 'h3') {
      const level = Number(block.style[1])
      out.push(
        `<!-- wp:heading${level === 2 ? '' : ` {"level":${level}}`} -->\n<${block.style}>${inline(block)}</${block.style}>\n<!-- /wp:heading -->`,
      )
    } else if (block._type === 'block') {
      out.push(`<!-- wp:paragraph -->\n<p>${inline(block)}</p>\n<!-- /wp:paragraph -->`)
    }
  }
  closeList()
  if (post.sources?.length) {
    out.push('<!-- wp:heading -->\n<h2>Sources</h2>\n<!-- /wp:heading -->')
    const items = post.sources.map(
      (source) =>
        `<li><a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>${source.publisher ? `, ${escapeHtml(source.publisher)}` : ''}</li>`,
    )
    out.push(`<!-- wp:list -->\n<ul>${items.join('')}</ul>\n<!-- /wp:list -->`)
  }
  return out.join('\n\n')
}

function seedPost(): SeedPost {
  const line = readFileSync(path.join(root, 'seed/data.ndjson'), 'utf8')
    .split('\n')
    .find((text) => text.includes(`"current":"${POST_SLUG}"`) && text.includes('"_type":"post"'))
  if (!line) throw new Error(`seed/data.ndjson has no post with slug ${POST_SLUG}`)
  return JSON.parse(line) as SeedPost
}

function ensurePost(): string {
  const post = seedPost()
  const imagePath = path.join(root, 'seed', post.mainImage._sanityAsset.replace(/^image@file:\/\/\.\//, ''))
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wp-bench-post-'))
  try {
    const file = path.join(folder, 'post.json')
    const payload = {
      slug: POST_SLUG,
      title: post.title,
      excerpt: post.excerpt,
      content: toBlockMarkup(post),
      image: { path: imagePath, alt: post.mainImage.alt },
    }
    writeFileSync(file, JSON.stringify(payload))
    const permalink = run('php', [path.join(root, 'bench/wordpress/seed-post.php'), file]).trim()
    return new URL(new URL(permalink).pathname, ORIGIN).toString()
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

async function checkPages(urls: string[]): Promise<void> {
  for (const url of urls) {
    const response = await fetch(url)
    const html = await response.text()
    if (response.status !== 200 || !html.includes('What heroin does to the brain'))
      throw new Error(`${url} answered ${response.status} without the post's title (is it WordPress?)`)
  }
}

/** Sets up whatever is missing, starts `php -S`, and returns the two pages to measure. */
export async function startWordPress(): Promise<WordPressBaseline> {
  if (await answers(`${ORIGIN}/`)) {
    // Another bench command's baseline (e.g. npm run lighthouse while bench:first-visit runs): used as it is, left running.
    const postUrl = `${ORIGIN}/${POST_SLUG}/`
    await checkPages([`${ORIGIN}/`, postUrl])
    return { origin: ORIGIN, homeUrl: `${ORIGIN}/`, postUrl, stop: async () => {} }
  }
  installPackages()
  ensureDatabase()
  ensureConfig()
  const server = startServer()
  try {
    // Up to 30 s: PHP's first request compiles WordPress with a cold opcache, slow on a busy machine.
    for (let attempt = 0; !(await answers(`${ORIGIN}/wp-login.php`)); attempt += 1) {
      if (attempt > 300 || server.child.exitCode !== null) throw new Error(`php -S did not answer on ${ORIGIN} within 30 s`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    if (!isInstalled()) await installSite()
    const postUrl = ensurePost()
    await checkPages([`${ORIGIN}/`, postUrl])
    return { origin: ORIGIN, homeUrl: `${ORIGIN}/`, postUrl, stop: server.stop }
  } catch (error) {
    await server.stop()
    throw error
  }
}

async function main(): Promise<void> {
  const serve = process.argv.includes('--serve')
  const wordpress = await startWordPress()
  const version = readFileSync(path.join(DOCUMENT_ROOT, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)?.[1]
  log(`WordPress ${version} with Twenty Twenty-Three at ${wordpress.origin}`)
  log(`home: ${wordpress.homeUrl}`)
  log(`post: ${wordpress.postUrl}`)
  if (!serve) {
    await wordpress.stop()
    log('ready (the server is stopped; --serve keeps it running)')
    return
  }
  log('serving until Ctrl-C')
  process.once('SIGINT', () => void wordpress.stop().then(() => process.exit(0)))
  process.once('SIGTERM', () => void wordpress.stop().then(() => process.exit(0)))
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
