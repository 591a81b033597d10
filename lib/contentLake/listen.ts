import { evaluate, type ExprNode } from 'groq-js'
import { mendozaEffects } from './mendoza'
import { parseQuery } from './query'
import { LOCAL_EDITOR_ID, randomId } from './store'
import type { DocumentChange, LakeDocument, LakeStore, LakeTransaction } from './types'

/**
 * The listen endpoint's events (GET /data/listen/<dataset>, Server-Sent Events): a `welcome`,
 * then one `mutation` event per document a transaction changed that matches the listener's
 * filter before or after. The Studio waits for every event of a transaction it was told about,
 * so `transactionTotalEvents` counts only the events this listener receives.
 */
export type ListenOptions = {
  query: string
  params: Record<string, unknown>
  includeResult: boolean
  includePreviousRevision: boolean
  includeMutations: boolean
  effectFormat: 'mendoza' | null
  /** Event kinds asked for (`events=welcome,mutation,reconnect`); all when empty. */
  events: string[]
  tag: string | null
}

export type SendEvent = (event: string, data: unknown, id?: string) => void

/** How many listeners may be open at once; the Studio keeps a handful per open document. */
export const MAX_LISTENERS = 300

export function listenOptionsFrom(search: URLSearchParams, params: Record<string, unknown>): ListenOptions {
  const flag = (name: string, fallback: boolean) => {
    const value = search.get(name)
    return value === null ? fallback : value === 'true' || value === ''
  }
  return {
    query: search.get('query') ?? '',
    params,
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    effectFormat: search.get('effectFormat') === 'mendoza' ? 'mendoza' : null,
    events: (search.get('events') ?? '').split(',').filter(Boolean),
    tag: search.get('tag'),
  }
}

async function matches(tree: ExprNode, params: Record<string, unknown>, document: LakeDocument | null): Promise<boolean> {
  if (!document) return false
  const value = await (await evaluate(tree, { dataset: [document], params, identity: LOCAL_EDITOR_ID })).get()
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== false
}

function transitionOf(before: boolean, after: boolean): 'update' | 'appear' | 'disappear' {
  if (before && after) return 'update'
  return after ? 'appear' : 'disappear'
}

function mutationEvent(
  transaction: LakeTransaction,
  change: DocumentChange,
  transition: string,
  options: ListenOptions,
  index: number,
  total: number,
) {
  return {
    eventId: `${transaction.id}#${change.documentId}`,
    documentId: change.documentId,
    transactionId: transaction.id,
    transition,
    identity: transaction.author,
    timestamp: transaction.timestamp,
    previousRev: change.before?._rev,
    resultRev: change.after?._rev,
    visibility: 'query',
    ...(options.includeMutations ? { mutations: change.mutations } : {}),
    ...(options.includeResult && change.after ? { result: change.after } : {}),
    ...(options.includePreviousRevision && change.before ? { previous: change.before } : {}),
    ...(options.effectFormat === 'mendoza' ? { effects: mendozaEffects(change.before, change.after) } : {}),
    transactionTotalEvents: total,
    transactionCurrentEvent: index + 1,
  }
}

/** Opens a listener: sends `welcome` now and mutation events as transactions commit. Returns a close function. */
export function openListener(store: LakeStore, options: ListenOptions, send: SendEvent): () => void {
  const tree = parseQuery(options.query, options.params)
  const wants = (kind: string) => options.events.length === 0 || options.events.includes(kind)
  const listenerName = randomId()
  if (wants('welcome')) send('welcome', { listenerName })

  // Transactions are matched one after another, so events keep the commit order.
  let queue = Promise.resolve()
  const unsubscribe = store.onCommit((transaction) => {
    queue = queue
      .then(async () => {
        const matched: { change: DocumentChange; transition: string }[] = []
        for (const change of transaction.changes) {
          const [before, after] = await Promise.all([
            matches(tree, options.params, change.before),
            matches(tree, options.params, change.after),
          ])
          if (before || after) matched.push({ change, transition: transitionOf(before, after) })
        }
        if (!wants('mutation')) return
        matched.forEach(({ change, transition }, index) => {
          send(
            'mutation',
            mutationEvent(transaction, change, transition, options, index, matched.length),
            `${transaction.id}#${change.documentId}`,
          )
        })
      })
      .catch((error) => console.error('[content-lake] a listener failed:', (error as Error).message))
  })
  return unsubscribe
}
