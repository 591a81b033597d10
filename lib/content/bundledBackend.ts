import 'server-only'
import { parse, type ExprNode } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import { peekProcessSingleton, setProcessSingleton } from '@/lib/process/singleton'
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

/**
 * Shared by the app and proxy.ts bundles, like the dataset it indexes (see bundledDataset.ts);
 * rebuilt whenever the dataset is not the one it was built from.
 */
function datasetIndex(): DatasetIndex {
  const documents = bundledDocuments()
  const index = peekProcessSingleton<DatasetIndex>('bundled-dataset-index')
  return index?.documents === documents ? index : setProcessSingleton('bundled-dataset-index', indexDocuments(documents))
}

/** Answers a GROQ query from the bundled dataset with groq-js, as the Content Lake would. */
export async function fetchFromBundledDataset<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  return evaluateWithIndex<Result>(parsed(query, params), datasetIndex(), params)
}
