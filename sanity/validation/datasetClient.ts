import { evaluate, parse } from 'groq-js'

export type DatasetDocument = { _id: string; _type: string; [key: string]: unknown }

/**
 * The slice of a Sanity client that validation rules use (`fetch`, `withConfig`), answered
 * with groq-js over documents in memory. Given to `validateDocument` as `getClient`, it lets
 * rules that query the dataset (slug uniqueness, medical categories) run without a network.
 * Like the `raw` perspective, it sees drafts and published documents alike.
 */
export type DatasetClient = {
  fetch: <Result = unknown>(query: string, params?: Record<string, unknown>) => Promise<Result>
  withConfig: () => DatasetClient
  config: () => Record<string, unknown>
  clone: () => DatasetClient
}

export function createDatasetClient(documents: DatasetDocument[]): DatasetClient {
  const client: DatasetClient = {
    async fetch<Result>(query: string, params: Record<string, unknown> = {}) {
      const value = await evaluate(parse(query, { params }), { dataset: documents, params })
      return (await value.get()) as Result
    },
    withConfig: () => client,
    config: () => ({ apiVersion: '2025-10-01', perspective: 'raw' }),
    clone: () => client,
  }
  return client
}
