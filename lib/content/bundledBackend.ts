import 'server-only'
import { parse, type ExprNode } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import { peekProcessSingleton, setProcessSingleton } from '@/lib/process/singleton'
import { bundledDocuments, bundledDocumentsWithDrafts, type SanityDocument } from './bundledDataset'
import { evaluateWithIndex, indexDocuments, RecentResults, type DatasetIndex } from './bundledIndex'

/**
 * The perspectives the bundled dataset answers in, as the Content Lake does: `published` (what
 * visitors see), `drafts` (each draft in place of its published document: editors' previews) and
 * `raw` (every document as stored, drafts and system documents included: the preview secret check).
 */
export type BundledPerspective = 'published' | 'drafts' | 'raw'

// Bounded: parameters can come from a URL (a page number, a search), one entry each.
const parsedQueries = new RecentResults<ExprNode>(500)

/**
 * groq-js substitutes every parameter while parsing (slice bounds, slugs, search terms all
 * become constants in the tree), so a parsed tree is only reusable for the same parameters.
 */
function parsed(query: string, params: QueryParams): ExprNode {
  const key = `${query}\n${JSON.stringify(params)}`
  let tree = parsedQueries.get(key)
  if (!tree) {
    tree = parse(query, { params })
    parsedQueries.set(key, tree)
  }
  return tree
}

/**
 * The secrets the Studio's Presentation tool keeps in the dataset (@sanity/preview-url-secret):
 * the drafts perspective never shows them, so no page query can read one into a preview.
 */
const PREVIEW_SECRET_TYPES = new Set(['sanity.previewUrlSecret', 'sanity.previewUrlShareAccess', 'sanity.vercelProtectionBypass'])

const DRAFTS_PREFIX = 'drafts.'
const isDraftId = (id: string) => id.startsWith(DRAFTS_PREFIX)
const isVersionId = (id: string) => id.startsWith('versions.')

/**
 * The drafts perspective as the Content Lake applies it: a draft replaces its published document
 * under the published id (keeping its own id as `_originalId`), a draft with no published document
 * appears under the id it will be published as, release versions are left out.
 */
export function overlayDrafts(documents: readonly SanityDocument[]): SanityDocument[] {
  const drafts = new Map<string, SanityDocument>()
  for (const doc of documents) {
    if (isDraftId(doc._id) && !PREVIEW_SECRET_TYPES.has(doc._type)) drafts.set(doc._id.slice(DRAFTS_PREFIX.length), doc)
  }
  const view: SanityDocument[] = []
  const published = new Set<string>()
  for (const doc of documents) {
    if (isDraftId(doc._id) || isVersionId(doc._id) || PREVIEW_SECRET_TYPES.has(doc._type)) continue
    published.add(doc._id)
    const draft = drafts.get(doc._id)
    view.push(draft ? { ...draft, _id: doc._id, _originalId: draft._id } : doc)
  }
  for (const [id, draft] of drafts) if (!published.has(id)) view.push({ ...draft, _id: id, _originalId: draft._id })
  return view
}

type IndexedView = { source: SanityDocument[]; index: DatasetIndex }

const VIEWS: Record<
  BundledPerspective,
  { singleton: string; source: () => SanityDocument[]; documents: (source: SanityDocument[]) => SanityDocument[] }
> = {
  published: { singleton: 'bundled-dataset-index:published', source: bundledDocuments, documents: (source) => source },
  drafts: { singleton: 'bundled-dataset-index:drafts', source: bundledDocumentsWithDrafts, documents: overlayDrafts },
  raw: { singleton: 'bundled-dataset-index:raw', source: bundledDocumentsWithDrafts, documents: (source) => source },
}

/**
 * The index of a perspective's documents. Shared by the app and proxy.ts bundles, like the dataset
 * it indexes (see bundledDataset.ts); rebuilt whenever the dataset's array is not the one it was
 * built from (the working copy changed), so an index never outlives the documents it points into.
 */
function datasetIndex(perspective: BundledPerspective): DatasetIndex {
  const view = VIEWS[perspective]
  const source = view.source()
  const cached = peekProcessSingleton<IndexedView>(view.singleton)
  if (cached?.source === source) return cached.index
  return setProcessSingleton<IndexedView>(view.singleton, { source, index: indexDocuments(view.documents(source)) }).index
}

/**
 * A query's result and, from the same version of the dataset, the documents it was read from (by
 * published id, as the perspective shows them): what lib/preview/stega.ts traces values back to.
 */
export async function queryBundledDataset<Result>(
  query: string,
  params: QueryParams = {},
  perspective: BundledPerspective = 'published',
): Promise<{ result: Result; document: (publishedId: string) => SanityDocument | undefined }> {
  const index = datasetIndex(perspective)
  const result = await evaluateWithIndex<Result>(parsed(query, params), index, params)
  return { result, document: (publishedId) => index.byId.get(publishedId)?.[0] }
}

/** Answers a GROQ query from the bundled dataset with groq-js, as the Content Lake would in that perspective. */
export async function fetchFromBundledDataset<Result>(
  query: string,
  params: QueryParams = {},
  perspective: BundledPerspective = 'published',
): Promise<Result> {
  return (await queryBundledDataset<Result>(query, params, perspective)).result
}
