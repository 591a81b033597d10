/**
 * The post page's uncached render time. A prerendered page is served from Next's cache, so to
 * time a real render we send Next's own draft-mode cookie (`__prerender_bypass`, whose value is
 * the build's previewModeId): Next then renders the route on every request, exactly as it would
 * for a page it has not cached (layout, queries, React render to HTML and RSC payload).
 * In bundled mode our content code does not read draft mode, so the same queries run.
 *
 * Each sampled post is requested once, one request at a time, after a few warm-up renders of
 * other posts: per-post query work is cold, only the process's dataset index is warm.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { treeCpuMs } from './process-tree'
import { root } from './production-server'

export type RenderTiming = {
  /** The first render after the server started: includes reading and indexing the dataset. */
  firstMs: number
  samples: number
  medianMs: number
  p90Ms: number
  cpuMsPerRender: number
  htmlBytes: number
}

export function draftModeCookie(distDir: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, 'prerender-manifest.json'), 'utf8')) as {
    preview: { previewModeId: string }
  }
  return `__prerender_bypass=${manifest.preview.previewModeId}`
}

async function render(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers: { cookie, 'accept-encoding': 'gzip' } })
  const body = await response.text()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`GET ${url} (draft mode) answered ${response.status}`)
  if (!/no-store|no-cache|private/.test(response.headers.get('cache-control') ?? '')) {
    throw new Error(`GET ${url} was not rendered on request (cache-control: ${response.headers.get('cache-control')})`)
  }
  return { ms, bytes: Buffer.byteLength(body) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]

/** Spread `count` picks evenly over a list. */
export function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return [...list]
  return Array.from({ length: count }, (_, i) => list[Math.floor((i * (list.length - 1)) / (count - 1))])
}

export async function timePostRenders(options: {
  origin: string
  serverPid: number
  distDir: string
  slugs: string[]
  warmup: number
}): Promise<RenderTiming> {
  const cookie = draftModeCookie(options.distDir)
  const warm = options.slugs.slice(0, options.warmup)
  const sampled = options.slugs.slice(options.warmup)
  let firstMs = 0
  for (const [i, slug] of warm.entries()) {
    const { ms } = await render(`${options.origin}/blog/${slug}`, cookie)
    if (i === 0) firstMs = ms
  }
  const times: number[] = []
  let bytes = 0
  const cpuBefore = treeCpuMs(options.serverPid)
  for (const slug of sampled) {
    const result = await render(`${options.origin}/blog/${slug}`, cookie)
    times.push(result.ms)
    bytes = result.bytes
  }
  const cpuMs = treeCpuMs(options.serverPid) - cpuBefore
  times.sort((a, b) => a - b)
  return {
    firstMs,
    samples: times.length,
    medianMs: percentile(times, 0.5),
    p90Ms: percentile(times, 0.9),
    cpuMsPerRender: cpuMs / times.length,
    htmlBytes: bytes,
  }
}
