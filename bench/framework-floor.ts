/**
 * The framework's floor: a bare Next.js App Router page (a root layout and one server-rendered
 * paragraph, no client components), built with this project's own next.config.ts. The JavaScript
 * it loads is what any page of ours pays before our own code, so "ours = page - floor".
 *
 * It lives in a temp folder with a symlink to our node_modules. Inside the repository Turbopack
 * would pick up the project's proxy.ts; outside it, Turbopack only follows the symlink when its
 * workspace root encloses both, hence `turbopack.root: '/'` (resolution only, not output).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pageWeight, referencedAssets, type PageWeight } from './page-weight'
import { startProductionServer } from '../tests/support/server'
import { buildFolder, root, type BuildFigures } from './production-server'

export const FLOOR_DIR = path.join(os.tmpdir(), 'clinic-bench-floor')

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'framework-floor', private: true }, null, 2),
  // The site's own configuration, imported rather than copied so it cannot drift.
  'next.config.ts': `import type { NextConfig } from 'next'
import site from ${JSON.stringify(path.join(root, 'next.config'))}

// Next.js's own cache, not the site's handlers: they would serve this bare page (at "/", a
// content page's address) without its runtime (lib/cache/documentOnly.mjs), and the floor is
// what an App Router page costs with it.
const config: NextConfig = { ...site, cacheHandler: undefined, turbopack: { ...site.turbopack, root: '/' } }
export default config
`,
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'dom.iterable', 'esnext'],
        strict: true,
        noEmit: true,
        esModuleInterop: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: 'react-jsx',
        skipLibCheck: true,
        plugins: [{ name: 'next' }],
      },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
  'app/layout.tsx': `import type { ReactNode } from 'react'

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `export default function Page() {
  return <p>Framework floor</p>
}
`,
}

/**
 * A route that answers with a fixed HTML document, prerendered at build time (force-static), so
 * Next serves it from its prerender cache as it serves our prerendered article: the framework's
 * own cost of sending that many bytes, with no rendering, proxy or component of ours.
 */
function sameSizeRoute(name: string): string {
  return `import { readFileSync } from 'node:fs'
import path from 'node:path'

export const dynamic = 'force-static'

export function GET() {
  const html = readFileSync(path.join(process.cwd(), 'same-size', ${JSON.stringify(`${name}.html`)}), 'utf8')
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
`
}

/** Path of the same-size route for `name` (see sameSizeRoute). */
export const sameSizePath = (name: string) => `/same-size/${name}`

function writeFloorApp(sameSize: Record<string, string>): void {
  mkdirSync(FLOOR_DIR, { recursive: true })
  const modules = path.join(FLOOR_DIR, 'node_modules')
  if (!existsSync(modules)) symlinkSync(path.join(root, 'node_modules'), modules)
  rmSync(path.join(FLOOR_DIR, 'app', 'same-size'), { recursive: true, force: true })
  const all = { ...files }
  for (const [name, html] of Object.entries(sameSize)) {
    all[`same-size/${name}.html`] = html
    all[`app/same-size/${name}/route.ts`] = sameSizeRoute(name)
  }
  for (const [name, text] of Object.entries(all)) {
    const file = path.join(FLOOR_DIR, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

/** Whether the floor app's own files on disk (not its same-size pages) are the ones above. */
function floorFilesUnchanged(): boolean {
  return Object.entries(files).every(([name, text]) => {
    const file = path.join(FLOOR_DIR, name)
    return existsSync(file) && readFileSync(file, 'utf8') === text
  })
}

function fingerprint(sameSize: Record<string, string>): string {
  const hash = createHash('sha256')
  for (const text of Object.values(files)) hash.update(text)
  for (const [name, html] of Object.entries(sameSize).sort()) hash.update(name).update(html)
  return hash.digest('hex')
}

/**
 * Builds the floor app unless a build of exactly these files exists. `sameSize` maps a name to an
 * HTML document served as it is at /same-size/<name> (bench/side-by-side.ts: our article's HTML).
 */
export async function ensureFloorBuild(
  options: { build?: boolean; sameSize?: Record<string, string> } = {},
): Promise<BuildFigures | undefined> {
  const sameSize = options.sameSize ?? {}
  const stamp = path.join(FLOOR_DIR, '.next', 'bench-fingerprint')
  const wanted = fingerprint(sameSize)
  const current = existsSync(stamp) ? readFileSync(stamp, 'utf8') : null
  // With no same-size page asked for, any build of these very files will do (whatever HTML it serves there).
  const covers = current === wanted || (Object.keys(sameSize).length === 0 && current !== null && floorFilesUnchanged())
  if (!options.build && covers && existsSync(path.join(FLOOR_DIR, '.next', 'BUILD_ID'))) return undefined
  writeFloorApp(sameSize)
  const figures = await buildFolder(FLOOR_DIR)
  writeFileSync(stamp, wanted)
  return figures
}

/**
 * The floor app's production server (its build must exist: ensureFloorBuild). `copy` serves a
 * private copy of the build, so another bench command rebuilding the floor meanwhile cannot pull
 * the files from under a long run (npm run lighthouse).
 */
export function startFloorServer(port: number, options: { copy?: boolean } = {}) {
  return startProductionServer({ port, prebuilt: { cwd: FLOOR_DIR, distDir: '.next', copy: options.copy } })
}

export type FloorFigures = { build?: BuildFigures; weight: PageWeight; scripts: string[] }

export async function measureFrameworkFloor(options: { port: number; build: boolean }): Promise<FloorFigures> {
  const build = await ensureFloorBuild({ build: options.build })
  const server = await startFloorServer(options.port)
  try {
    const weight = await pageWeight(server.url, '/')
    const html = await (await fetch(server.url)).text()
    const scripts = await Promise.all(
      referencedAssets(html)
        .filter((asset) => asset.kind === 'js')
        .map(async ({ url }) => (await fetch(new URL(url, server.url))).text()),
    )
    return { build, weight, scripts }
  } finally {
    await server.stop()
  }
}
