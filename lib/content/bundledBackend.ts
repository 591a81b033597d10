import 'server-only'
import { parse, type ExprNode } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import { bundledDocuments } from './bundledDataset'
import { evaluateWithIndex, indexDocuments, RecentResults, type DatasetIndex } from './bundledIndex'

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

/** Shared by the app and proxy.ts bundles, like the dataset it indexes (see bundledDataset.ts). */
const INDEX_KEY = Symbol.for('harbor-light.bundled-dataset-index')

function datasetIndex(): DatasetIndex {
  const scope = globalThis as typeof globalThis & { [INDEX_KEY]?: DatasetIndex }
  const documents = bundledDocuments()
  if (scope[INDEX_KEY]?.documents !== documents) scope[INDEX_KEY] = indexDocuments(documents)
  return scope[INDEX_KEY]
}

/** Answers a GROQ query from the bundled dataset with groq-js, as the Content Lake would. */
export async function fetchFromBundledDataset<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  return evaluateWithIndex<Result>(parsed(query, params), datasetIndex(), params)
}
