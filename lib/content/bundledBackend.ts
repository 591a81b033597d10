import 'server-only'
import { parse, type ExprNode } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import { bundledDocuments } from './bundledDataset'
import { evaluateWithIndex, indexDocuments, RecentResults, type DatasetIndex } from './bundledIndex'

// Bounded: numeric parameters can come from a URL (a page number), one entry each.
const parsedQueries = new RecentResults<ExprNode>(500)

/**
 * groq-js resolves slice bounds (`[$start...$end]`) while parsing, so a parsed tree is only
 * reusable for the same numeric parameters; string parameters (slugs) are read at evaluation.
 */
function parsed(query: string, params: QueryParams): ExprNode {
  const numeric = Object.entries(params).filter(([, value]) => typeof value === 'number')
  const key = numeric.length ? `${query}\n${JSON.stringify(numeric)}` : query
  let tree = parsedQueries.get(key)
  if (!tree) {
    tree = parse(query, { params })
    parsedQueries.set(key, tree)
  }
  return tree
}

let index: DatasetIndex | undefined

function datasetIndex(): DatasetIndex {
  const documents = bundledDocuments()
  if (index?.documents !== documents) index = indexDocuments(documents)
  return index
}

/** Answers a GROQ query from the bundled dataset with groq-js, as the Content Lake would. */
export async function fetchFromBundledDataset<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  return evaluateWithIndex<Result>(parsed(query, params), datasetIndex(), params)
}
