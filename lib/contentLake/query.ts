import { evaluate, parse, type ExprNode } from 'groq-js'
import { LOCAL_EDITOR_ID } from './store'
import { LakeError, type LakeDocument } from './types'

/** Longer queries than Sanity's own GET limit are refused before parsing. */
export const MAX_QUERY_LENGTH = 100_000

export type Perspective = 'raw' | 'published' | 'drafts' | readonly string[]

const DRAFTS = 'drafts.'
const VERSIONS = 'versions.'

export const isDraftId = (id: string) => id.startsWith(DRAFTS)
export const isVersionId = (id: string) => id.startsWith(VERSIONS)
export const publishedIdOf = (id: string) =>
  isDraftId(id) ? id.slice(DRAFTS.length) : isVersionId(id) ? id.split('.').slice(2).join('.') : id

/**
 * The `perspective` parameter: raw, published, drafts (previewDrafts is its old name), or a
 * comma-separated stack of release names optionally ending in drafts, highest priority first.
 */
export function parsePerspective(value: string | null | undefined): Perspective {
  if (!value || value === 'raw') return 'raw'
  if (value === 'published') return 'published'
  if (value === 'drafts' || value === 'previewDrafts') return 'drafts'
  const stack = value
    .replace(/^\[|\]$/g, '')
    .split(',')
    .map((name) => name.trim().replace(/^"|"$/g, ''))
  if (stack.length > 20 || stack.some((name) => !/^[A-Za-z0-9_-]{1,64}$/.test(name))) {
    throw new LakeError(400, `Invalid perspective ${JSON.stringify(value.slice(0, 100))}: use raw, published, drafts or release names.`)
  }
  return stack
}

/**
 * The documents a perspective shows, as the Content Lake does: published hides drafts and versions;
 * drafts (and a release stack) shows, under each published id, the highest-priority version of
 * the document, with `_originalId` naming the document it came from.
 */
export function documentsInPerspective(all: readonly LakeDocument[], perspective: Perspective): LakeDocument[] {
  if (perspective === 'raw') return [...all]
  const published = all.filter((doc) => !isDraftId(doc._id) && !isVersionId(doc._id))
  if (perspective === 'published') return published
  const layers = perspective === 'drafts' ? ['drafts'] : [...perspective]
  const byId = new Map<string, LakeDocument>(published.map((doc) => [doc._id, doc]))
  // Lowest priority first, so a higher layer overwrites it.
  for (const layer of layers.reverse()) {
    const prefix = layer === 'drafts' ? DRAFTS : `${VERSIONS}${layer}.`
    for (const doc of all) {
      if (!doc._id.startsWith(prefix)) continue
      const id = doc._id.slice(prefix.length)
      byId.set(id, { ...doc, _id: id, _originalId: doc._id })
    }
  }
  return [...byId.values()]
}

export type QueryInput = { query: string; params: Record<string, unknown>; perspective: Perspective }

export function parseQuery(query: string, params: Record<string, unknown>): ExprNode {
  if (query.length > MAX_QUERY_LENGTH) throw new LakeError(400, `The query is longer than ${MAX_QUERY_LENGTH} characters.`)
  try {
    return parse(query, { params })
  } catch (error) {
    throw new LakeError(400, `GROQ query parse error: ${(error as Error).message}`, 'queryParseError')
  }
}

/** Evaluates a GROQ query with groq-js over the documents of a perspective. */
export async function runQuery(all: readonly LakeDocument[], input: QueryInput): Promise<unknown> {
  const tree = parseQuery(input.query, input.params)
  const dataset = documentsInPerspective(all, input.perspective)
  try {
    const value = await evaluate(tree, { dataset, params: input.params, identity: LOCAL_EDITOR_ID })
    return await value.get()
  } catch (error) {
    throw new LakeError(400, `GROQ query error: ${(error as Error).message}`, 'queryError')
  }
}

/**
 * Query parameters from a URL: `$name=<JSON>` pairs, as @sanity/client sends them. A value
 * that is not JSON is refused with its name.
 */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new LakeError(400, `Query parameter ${key} is not valid JSON.`)
    }
  }
  return params
}
