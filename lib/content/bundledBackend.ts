import 'server-only'
import { evaluate, parse } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import { bundledDocuments } from './bundledDataset'

const parsedQueries = new Map<string, ReturnType<typeof parse>>()

/** Answers a GROQ query from the bundled dataset with groq-js, as the Content Lake would. */
export async function fetchFromBundledDataset<Result>(query: string, params: QueryParams = {}): Promise<Result> {
  let tree = parsedQueries.get(query)
  if (!tree) {
    tree = parse(query, { params })
    parsedQueries.set(query, tree)
  }
  const value = await evaluate(tree, { dataset: bundledDocuments(), params })
  return (await value.get()) as Result
}
