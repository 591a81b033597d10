/**
 * Times every query in sanity/queries.ts against one bundled dataset, through the site's own
 * bundled backend (indexed) and through plain groq-js over the whole dataset (what the backend
 * did before the index), with the parameters a page would pass.
 *
 * Runs in its own process per dataset (the dataset is loaded once per process):
 *   node --conditions=react-server --import tsx bench/query-timing.ts <data.ndjson>
 * (`react-server` makes `import 'server-only'` resolve as it does inside Next's server bundle.)
 */
import { evaluate, parse } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import * as queries from '../sanity/queries'
import { bundledDocuments, type SanityDocument } from '../lib/content/bundledDataset'
import { fetchFromBundledDataset } from '../lib/content/bundledBackend'

export type QueryTiming = { name: string; indexedMs: number; fullScanMs: number; runs: number }
export type DatasetTiming = {
  posts: number
  documents: number
  loadMs: number
  /** The queries a post page runs, indexed, added up (median of each). */
  postPageQueriesMs: number
  postPageQueriesFullScanMs: number
  queries: QueryTiming[]
}

/** The queries behind one post page (layout settings, the post, related and latest posts). */
export const POST_PAGE_QUERIES = ['settingsQuery', 'postBySlugQuery', 'relatedPostsQuery', 'latestPostsQuery']

/** Representative parameters: a post in the middle of the dataset, its categories, the second page of the blog. */
export function representativeParams(documents: SanityDocument[]): Record<string, unknown> {
  const posts = documents.filter((doc) => doc._type === 'post')
  const post = posts[Math.floor(posts.length / 2)] as SanityDocument & {
    slug: { current: string }
    categories?: { _ref: string }[]
  }
  const categoryIds = post.categories?.map((ref) => ref._ref) ?? []
  const category = documents.find((doc) => doc._id === categoryIds[0]) as { slug?: { current: string } } | undefined
  const first = (type: string) => (documents.find((doc) => doc._type === type)?.slug as { current: string } | undefined)?.current
  return {
    slug: post.slug.current,
    postSlug: post.slug.current,
    treatmentSlug: first('treatment'),
    videoSlug: first('video'),
    category: category?.slug?.current ?? null,
    start: 12,
    end: 24,
    limit: 3,
    excludeSlug: post.slug.current,
    postId: post._id,
    categoryIds,
    terms: ['withdrawal*'],
  }
}

/** The parameters a query uses, by name; slugs follow the document type the query reads. */
export function paramsFor(name: string, query: string, values: Record<string, unknown>): QueryParams {
  const names = new Set([...query.matchAll(/\$(\w+)/g)].map((match) => match[1]))
  const params: QueryParams = {}
  for (const param of names) {
    if (param === 'slug') {
      params.slug = (
        name.startsWith('treatment') ? values.treatmentSlug : name.startsWith('video') ? values.videoSlug : values.postSlug
      ) as string
    } else if (param in values) {
      params[param] = values[param] as QueryParams[string]
    } else {
      throw new Error(`bench/query-timing.ts: add a representative value for $${param} (used by ${name})`)
    }
  }
  return params
}

/** The unindexed reference: groq-js over the whole dataset, as the Content Lake semantics define it. */
export async function fullScan(query: string, params: QueryParams, documents: SanityDocument[]): Promise<unknown> {
  return (await evaluate(parse(query, { params }), { dataset: documents, params })).get()
}

async function medianMs(action: () => Promise<unknown>, budgetMs: number): Promise<{ ms: number; runs: number }> {
  await action() // warm-up: parse caches, sorted lists, JIT
  const samples: number[] = []
  const deadline = performance.now() + budgetMs
  while (samples.length < 3 || (performance.now() < deadline && samples.length < 200)) {
    const started = performance.now()
    await action()
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)
  return { ms: samples[Math.floor(samples.length / 2)], runs: samples.length }
}

export async function timeQueries(budgetMs = 300): Promise<DatasetTiming> {
  const loadStarted = performance.now()
  const documents = bundledDocuments()
  const loadMs = performance.now() - loadStarted
  const values = representativeParams(documents)
  const named = Object.entries(queries).filter(([, value]) => typeof value === 'string') as [string, string][]
  const timings: QueryTiming[] = []
  for (const [name, query] of named) {
    const params = paramsFor(name, query, values)
    const indexed = await medianMs(() => fetchFromBundledDataset(query, params), budgetMs)
    const scan = await medianMs(() => fullScan(query, params, documents), budgetMs)
    timings.push({ name, indexedMs: indexed.ms, fullScanMs: scan.ms, runs: indexed.runs })
  }
  const sum = (key: 'indexedMs' | 'fullScanMs') =>
    timings.filter((timing) => POST_PAGE_QUERIES.includes(timing.name)).reduce((total, timing) => total + timing[key], 0)
  return {
    posts: documents.filter((doc) => doc._type === 'post').length,
    documents: documents.length,
    loadMs,
    postPageQueriesMs: sum('indexedMs'),
    postPageQueriesFullScanMs: sum('fullScanMs'),
    queries: timings,
  }
}

if (require.main === module) {
  timeQueries(Number(process.env.BENCH_QUERY_BUDGET_MS || 300)).then(
    (result) => process.stdout.write(JSON.stringify(result)),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
