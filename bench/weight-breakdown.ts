/**
 * Where a page's bytes come from, so a budget overrun names its cause:
 * - HTML: the visible markup versus the React Server Components payload Next inlines for
 *   hydration (`self.__next_f.push`), and how much of that payload is the 404 page that Next
 *   embeds in every page (the root layout's `notFound` slot);
 * - CSS: each stylesheet's bytes by source file (CSS-module class prefixes matched to the
 *   `*.module.css` files that declare those classes; rules without one are global CSS);
 * - JS: each script's Turbopack modules, those absent from the framework floor's scripts
 *   counted as ours, named from the build's client reference manifests where possible.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { referencedAssets } from './page-weight'
import { root } from './production-server'

const gzip = (text: string) => gzipSync(Buffer.from(text)).length
const sizes = (text: string) => ({ raw: Buffer.byteLength(text), gzip: gzip(text) })

export async function text(url: string): Promise<string> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  return response.text()
}

/* ---------------------------------------------------------------- HTML */

const FLIGHT_SCRIPT = /<script>self\.__next_f\.push\((.*?)\)<\/script>/gs

function flightRows(html: string): Map<string, string> {
  let data = ''
  for (const [, json] of html.matchAll(FLIGHT_SCRIPT)) {
    const chunk = JSON.parse(json) as unknown[]
    if (typeof chunk[1] === 'string') data += chunk[1]
  }
  // Rows are "<hex id>:<payload>\n"; text rows ("<id>:T<hex byte length>,<text>") may contain
  // newlines, and their length counts UTF-8 bytes, so walk the bytes.
  const bytes = Buffer.from(data)
  const rows = new Map<string, string>()
  let at = 0
  while (at < bytes.length) {
    const newline = bytes.indexOf(0x0a, at)
    const header = /^([0-9a-f]*):(T([0-9a-f]+),)?/.exec(bytes.subarray(at, at + 40).toString('latin1'))
    if (!header || header[1] === '') {
      // Hint rows (":HL[...]") carry no id; skip them.
      at = newline === -1 ? bytes.length : newline + 1
      continue
    }
    const start = at + header[0].length
    const end = header[3] ? start + parseInt(header[3], 16) : newline === -1 ? bytes.length : newline
    rows.set(header[1], bytes.subarray(start, end).toString('utf8'))
    at = header[3] ? end : end + 1
  }
  return rows
}

const references = (row: string) => new Set([...row.matchAll(/"\$[LQ@]?([0-9a-f]+)"/g)].map((match) => match[1]))

function reachable(rows: Map<string, string>, roots: string[], skip: (row: string) => string = (row) => row): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length) {
    const id = queue.shift()!
    if (seen.has(id) || !rows.has(id)) continue
    seen.add(id)
    queue.push(...references(skip(rows.get(id)!)))
  }
  return seen
}

export type HtmlBreakdown = {
  total: { raw: number; gzip: number; brotli: number }
  markup: { raw: number; gzip: number }
  rscPayload: { raw: number; gzip: number }
  /** The not-found page Next embeds for client-side 404s: rows only reachable through `notFound`. */
  embeddedNotFound: { copies: number; raw: number; gzipSaved: number }
  /** JSON-LD rendered by a server component is sent twice: in the markup and as a payload text row. */
  jsonLdInPayload: { raw: number; gzipSaved: number }
}

export function breakDownHtml(html: string): HtmlBreakdown {
  const rows = flightRows(html)
  const markup = html.replace(FLIGHT_SCRIPT, '')
  const payload = [...rows].map(([id, row]) => `${id}:${row}`).join('\n')
  const notFoundRoots = [...payload.matchAll(/"notFound":\["\$L([0-9a-f]+)"/g)].map((match) => match[1])
  const withoutNotFound = (row: string) => row.replace(/"notFound":\["\$L[0-9a-f]+"/g, '"notFound":[null')
  const fromPage = reachable(rows, ['0'], withoutNotFound)
  const notFoundOnly = [...reachable(rows, notFoundRoots)].filter((id) => !fromPage.has(id))
  const jsonLd = [...rows].filter(([, row]) => row.startsWith('{"@context"')).map(([id]) => id)
  // Compare like with like: markup plus the payload as one JSON string, with and without some rows.
  const gzipWith = gzip(markup + JSON.stringify(payload))
  const gzipWithout = (left: string[]) =>
    gzip(
      markup +
        JSON.stringify(
          [...rows]
            .filter(([id]) => !left.includes(id))
            .map(([id, row]) => `${id}:${row}`)
            .join('\n'),
        ),
    )
  return {
    total: { ...sizes(html), brotli: brotliCompressSync(Buffer.from(html)).length },
    markup: sizes(markup),
    rscPayload: sizes([...html.matchAll(FLIGHT_SCRIPT)].map((match) => match[0]).join('')),
    embeddedNotFound: {
      copies: notFoundRoots.length,
      raw: notFoundOnly.reduce((sum, id) => sum + Buffer.byteLength(rows.get(id)!), 0),
      gzipSaved: gzipWith - gzipWithout(notFoundOnly),
    },
    jsonLdInPayload: {
      raw: jsonLd.reduce((sum, id) => sum + Buffer.byteLength(rows.get(id)!), 0),
      gzipSaved: gzipWith - gzipWithout(jsonLd),
    },
  }
}

/* ---------------------------------------------------------------- CSS */

function filesUnder(dir: string, suffix: string): string[] {
  const full = path.join(root, dir)
  return readdirSync(full).flatMap((name) => {
    const child = path.join(full, name)
    if (statSync(child).isDirectory()) return filesUnder(path.join(dir, name), suffix)
    return name.endsWith(suffix) ? [path.join(dir, name)] : []
  })
}

/** Top-level CSS statements (a rule, or a whole @media block). */
function statements(css: string): string[] {
  const out: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++
    else if (css[i] === '}' && --depth === 0) {
      out.push(css.slice(start, i + 1))
      start = i + 1
    }
  }
  return out
}

const MODULE_CLASS = /\.([A-Za-z0-9_-]{6})_([A-Za-z][\w-]*)/g

function moduleFileForPrefix(names: Set<string>, modules: Map<string, Set<string>>): string {
  let best = 'unknown CSS module'
  let bestScore = 0
  for (const [file, declared] of modules) {
    const hits = [...names].filter((name) => declared.has(name)).length
    const score = hits / names.size - (declared.size > 0 ? (0.001 * (declared.size - hits)) / declared.size : 0)
    if (hits === names.size && score > bestScore) {
      best = file
      bestScore = score
    }
  }
  return best
}

export type CssBreakdown = { url: string; raw: number; gzip: number; sources: { source: string; raw: number }[] }[]

export function breakDownCss(stylesheets: { url: string; css: string }[]): CssBreakdown {
  const modules = new Map(
    [...filesUnder('app', '.module.css'), ...filesUnder('components', '.module.css')].map((file) => [
      file,
      new Set([...readFileSync(path.join(root, file), 'utf8').matchAll(/\.([A-Za-z][\w-]*)/g)].map((match) => match[1])),
    ]),
  )
  const namesByPrefix = new Map<string, Set<string>>()
  for (const { css } of stylesheets) {
    for (const [, prefix, name] of css.matchAll(MODULE_CLASS)) {
      namesByPrefix.set(prefix, (namesByPrefix.get(prefix) ?? new Set()).add(name))
    }
  }
  const fileOfPrefix = new Map([...namesByPrefix].map(([prefix, names]) => [prefix, moduleFileForPrefix(names, modules)]))
  return stylesheets.map(({ url, css }) => {
    const bySource = new Map<string, number>()
    for (const statement of statements(css)) {
      const prefix = [...statement.matchAll(MODULE_CLASS)][0]?.[1]
      const source = prefix ? fileOfPrefix.get(prefix)! : 'global CSS (app/globals.css)'
      bySource.set(source, (bySource.get(source) ?? 0) + Buffer.byteLength(statement))
    }
    return {
      url,
      ...sizes(css),
      sources: [...bySource].map(([source, raw]) => ({ source, raw })).sort((a, b) => b.raw - a.raw),
    }
  })
}

/* ---------------------------------------------------------------- JS */

type ChunkModule = { id: number; raw: number; gzip: number; source: string }

/** The modules a Turbopack browser chunk registers: `TURBOPACK.push([script, id, factory, id, factory, ...])`. */
export function chunkModules(source: string): ChunkModule[] {
  const sandbox: Record<string, unknown> = { TURBOPACK: [] as unknown[] }
  sandbox.globalThis = sandbox
  sandbox.self = sandbox
  try {
    vm.runInNewContext(source, sandbox, { timeout: 1000 })
  } catch {
    return [] // not a module chunk (the runtime itself)
  }
  const pushed = (sandbox.TURBOPACK as unknown[][])[0]
  if (!Array.isArray(pushed)) return []
  const modules: ChunkModule[] = []
  for (let i = 1; i + 1 < pushed.length; i += 2) {
    if (typeof pushed[i] !== 'number' || typeof pushed[i + 1] !== 'function') continue
    const factory = String(pushed[i + 1])
    modules.push({ id: pushed[i] as number, raw: Buffer.byteLength(factory), gzip: gzip(factory), source: factory })
  }
  return modules
}

/** Module id -> source path, from every client reference manifest of a build. */
export function clientModuleNames(distDir: string): Map<number, string> {
  const names = new Map<number, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const child = path.join(dir, name)
      if (statSync(child).isDirectory()) walk(child)
      else if (name.endsWith('_client-reference-manifest.js')) {
        const sandbox: {
          globalThis?: unknown
          __RSC_MANIFEST?: Record<string, { clientModules: Record<string, { id: number | string }> }>
        } = {}
        sandbox.globalThis = sandbox
        vm.runInNewContext(readFileSync(child, 'utf8'), sandbox)
        for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
          for (const [modulePath, entry] of Object.entries(manifest.clientModules)) {
            names.set(Number(entry.id), modulePath.replace(/^\[project\]\//, '').replace(/ <.*$/, ''))
          }
        }
      }
    }
  }
  walk(path.join(root, distDir, 'server', 'app'))
  return names
}

export type JsBreakdown = {
  scripts: { url: string; raw: number; gzip: number; modules: number; ownModules: number; ownGzip: number }[]
  /** Modules not in the framework floor's scripts, largest first (gzip of each module on its own). */
  ownModules: { id: number; raw: number; gzip: number; name: string }[]
}

function describe(module: ChunkModule, names: Map<number, string>): string {
  const named = names.get(module.id)
  if (named) return named
  const hint = /Object\.defineProperty\(r,"(\w+)"|var n=\{(\w+):|function (\w+)\(/.exec(module.source)
  return `module ${module.id}${hint ? ` (exports ${hint[1] ?? hint[2] ?? hint[3]})` : ''}`
}

// Module ids differ between builds and the minifier picks other short names: compare module
// code with numbers of three or more digits and one- or two-letter identifiers blanked out.
const normalised = (source: string) => source.replace(/\b\d{3,}\b/g, '#').replace(/(?<![\w$.])[A-Za-z_$][\w$]?(?![\w$])/g, '_')

/** The framework floor's modules, normalised, to recognise the same code in another build's chunks. */
export function floorModuleSet(floorScripts: string[]): Set<string> {
  return new Set(floorScripts.flatMap((js) => chunkModules(js).map((chunkModule) => normalised(chunkModule.source))))
}

/**
 * The share of a chunk's module bytes that are framework floor modules: 1 for the Turbopack
 * runtime chunk (no modules: it is the framework's own loader), 0 for a chunk of ours alone.
 */
export function frameworkShare(js: string, floorModules: Set<string>): number {
  const modules = chunkModules(js)
  if (modules.length === 0) return 1
  const total = modules.reduce((sum, chunkModule) => sum + chunkModule.raw, 0)
  const framework = modules
    .filter((chunkModule) => floorModules.has(normalised(chunkModule.source)))
    .reduce((sum, chunkModule) => sum + chunkModule.raw, 0)
  return total ? framework / total : 0
}

export function breakDownJs(scripts: { url: string; js: string }[], floorScripts: string[], names: Map<number, string>): JsBreakdown {
  const floorSources = floorModuleSet(floorScripts)
  const own: JsBreakdown['ownModules'] = []
  const rows = scripts.map(({ url, js }) => {
    const modules = chunkModules(js)
    const mine = modules.filter((chunkModule) => !floorSources.has(normalised(chunkModule.source)))
    for (const chunkModule of mine) {
      own.push({ id: chunkModule.id, raw: chunkModule.raw, gzip: chunkModule.gzip, name: describe(chunkModule, names) })
    }
    return {
      url,
      ...sizes(js),
      modules: modules.length,
      ownModules: mine.length,
      ownGzip: mine.reduce((sum, chunkModule) => sum + chunkModule.gzip, 0),
    }
  })
  return { scripts: rows, ownModules: own.sort((a, b) => b.gzip - a.gzip) }
}

/* ---------------------------------------------------------------- page */

export type WeightBreakdown = { path: string; html: HtmlBreakdown; css: CssBreakdown; js: JsBreakdown }

export async function breakDownPage(options: {
  origin: string
  path: string
  distDir: string
  /** The framework floor's scripts (their text). */
  floorScripts: string[]
}): Promise<WeightBreakdown> {
  const pageUrl = new URL(options.path, options.origin)
  const html = await text(pageUrl.toString())
  const assets = referencedAssets(html)
  const download = async (url: string) => text(new URL(url, pageUrl).toString())
  const stylesheets = await Promise.all(
    assets.filter((asset) => asset.kind === 'css').map(async ({ url }) => ({ url, css: await download(url) })),
  )
  const scripts = await Promise.all(
    assets.filter((asset) => asset.kind === 'js').map(async ({ url }) => ({ url, js: await download(url) })),
  )
  return {
    path: options.path,
    html: breakDownHtml(html),
    css: breakDownCss(stylesheets),
    js: breakDownJs(scripts, options.floorScripts, clientModuleNames(options.distDir)),
  }
}
