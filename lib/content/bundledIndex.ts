import 'server-only'
import { evaluate, type EvaluateOptions, type ExprNode } from 'groq-js'
import type { QueryParams } from '@sanity/client'
import type { SanityDocument } from './bundledDataset'

/**
 * Lookup tables over the bundled dataset, so a page's queries touch the few documents they
 * need instead of every document (groq-js alone scans the whole dataset for each `*[...]`
 * and each `->`). Every list keeps dataset order, so answers are identical to a full scan.
 */
export type DatasetIndex = {
  documents: SanityDocument[]
  byId: Map<string, SanityDocument[]>
  byType: Map<string, SanityDocument[]>
  bySlug: Map<string, SanityDocument[]>
  /** Candidate lists already sorted by an `order(...)`, keyed by the ordering's syntax tree. */
  sorted: WeakMap<SanityDocument[], Map<string, Promise<SanityDocument[]>>>
  /** Results of filters over many documents, by filter and the parameter values it reads. */
  filtered: RecentResults<Promise<SanityDocument[]>>
  /** How far a sorted walk got for a filter, so the next page of the same list resumes there. */
  walks: RecentResults<SortedWalk>
}

type SortedWalk = { sorted: Promise<SanityDocument[]>; position: number; matches: SanityDocument[]; busy: Promise<void> }

/** Below this many candidates a filter is cheap enough to run again; above, its result is kept. */
const REMEMBER_FROM_CANDIDATES = 64
const REMEMBERED_RESULTS = 256

/** A small least-recently-used map: a few hundred entries, so one-off keys (a post's slug) cannot pile up. */
export class RecentResults<Value> {
  private entries = new Map<string, Value>()
  constructor(private readonly capacity: number) {}
  get(key: string): Value | undefined {
    const value = this.entries.get(key)
    if (value !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }
  set(key: string, value: Value): void {
    this.entries.delete(key)
    this.entries.set(key, value)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }
  get size(): number {
    return this.entries.size
  }
}

function append(map: Map<string, SanityDocument[]>, key: unknown, doc: SanityDocument): void {
  if (typeof key !== 'string') return
  const list = map.get(key)
  if (list) list.push(doc)
  else map.set(key, [doc])
}

export function indexDocuments(documents: SanityDocument[]): DatasetIndex {
  const index: DatasetIndex = {
    documents,
    byId: new Map(),
    byType: new Map(),
    bySlug: new Map(),
    sorted: new WeakMap(),
    filtered: new RecentResults(REMEMBERED_RESULTS),
    walks: new RecentResults(REMEMBERED_RESULTS),
  }
  for (const doc of documents) {
    append(index.byId, doc._id, doc)
    append(index.byType, doc._type, doc)
    const slug = doc.slug as { current?: unknown } | undefined
    append(index.bySlug, slug?.current, doc)
  }
  return index
}

/** Resolves `->` from the id table; groq-js would otherwise scan the dataset for each reference. */
export function dereferenceFrom(index: DatasetIndex) {
  return ({ _ref }: { _ref: string }) => index.byId.get(_ref)?.[0]
}

type Node = ExprNode & Record<string, unknown>

async function evaluated<Result>(tree: ExprNode, options: EvaluateOptions): Promise<Result> {
  return (await (await evaluate(tree, options)).get()) as Result
}

/** True for `field` or `@.field` read from the element being filtered. */
function isOwnAttribute(node: ExprNode, name: string): boolean {
  return node.type === 'AccessAttribute' && node.name === name && (!node.base || node.base.type === 'This')
}

function isOwnSlugCurrent(node: ExprNode): boolean {
  return node.type === 'AccessAttribute' && node.name === 'current' && !!node.base && isOwnAttribute(node.base, 'slug')
}

function constantString(node: ExprNode, params: QueryParams): string | undefined {
  const value = node.type === 'Value' ? node.value : node.type === 'Parameter' ? params[node.name] : undefined
  return typeof value === 'string' ? value : undefined
}

function conjuncts(node: ExprNode): ExprNode[] {
  if (node.type === 'And') return [...conjuncts(node.left), ...conjuncts(node.right)]
  if (node.type === 'Group') return conjuncts(node.base)
  return [node]
}

/**
 * The smallest indexed list that holds every document a filter can match, from its
 * `_type == ...`, `_id == ...` and `slug.current == ...` conditions joined by `&&`;
 * undefined when the filter has none of them.
 */
function candidatesFor(filter: ExprNode, index: DatasetIndex, params: QueryParams): SanityDocument[] | undefined {
  let best: SanityDocument[] | undefined
  for (const condition of conjuncts(filter)) {
    if (condition.type !== 'OpCall' || condition.op !== '==') continue
    for (const [field, other] of [
      [condition.left, condition.right],
      [condition.right, condition.left],
    ]) {
      const key = constantString(other, params)
      if (key === undefined) continue
      const table = isOwnAttribute(field, '_type')
        ? index.byType
        : isOwnAttribute(field, '_id')
          ? index.byId
          : isOwnSlugCurrent(field)
            ? index.bySlug
            : undefined
      if (!table) continue
      const list = table.get(key) ?? []
      if (!best || list.length < best.length) best = list
    }
  }
  return best
}

function contains(node: unknown, types: ReadonlySet<string>): boolean {
  if (Array.isArray(node)) return node.some((child) => contains(child, types))
  if (node === null || typeof node !== 'object') return false
  if (types.has((node as { type?: string }).type ?? '')) return true
  return Object.values(node).some((child) => contains(child, types))
}

/** A filter tested one document at a time must not look outside that document's scope. */
const SCOPE_DEPENDENT = new Set(['Parent', 'Context'])
/** Orderings sorted once and reused must not depend on the call. */
const CALL_DEPENDENT = new Set(['Parameter', 'Parent', 'Context', 'Everything', 'Deref', 'FuncCall'])

function sortedOnce(list: SanityDocument[], args: ExprNode[], index: DatasetIndex): Promise<SanityDocument[]> {
  let byOrdering = index.sorted.get(list)
  if (!byOrdering) index.sorted.set(list, (byOrdering = new Map()))
  const key = JSON.stringify(args)
  let sorted = byOrdering.get(key)
  if (!sorted) {
    // groq-js sorts, so ties and mixed types order exactly as in a full evaluation; its sort is
    // stable, so the matches of any filter appear in this list in the order they would be sorted.
    const tree = { type: 'PipeFuncCall', name: 'order', base: { type: 'Value', value: list }, args } as ExprNode
    sorted = evaluated<SanityDocument[]>(tree, { dataset: index.documents })
    byOrdering.set(key, sorted)
  }
  return sorted
}

const keyOfNode = new WeakMap<object, string>()

function parameterNames(node: unknown, names: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) for (const child of node) parameterNames(child, names)
  else if (node !== null && typeof node === 'object') {
    const { type, name } = node as { type?: unknown; name?: unknown }
    if (type === 'Parameter' && typeof name === 'string') names.add(name)
    else if (type !== 'Value') for (const child of Object.values(node)) parameterNames(child, names)
  }
  return names
}

/** A key for a filter's result: its syntax (remembered per parsed node) and the parameter values it reads. */
function resultKey(parts: object[], params: QueryParams): string {
  const syntax = parts.map((part) => {
    let key = keyOfNode.get(part)
    if (key === undefined) keyOfNode.set(part, (key = JSON.stringify(part)))
    return key
  })
  const names = [...parameterNames(parts)].sort()
  return JSON.stringify([syntax, names.map((name) => [name, params[name] ?? null])])
}

async function matchesFilter(expr: ExprNode, doc: SanityDocument, index: DatasetIndex, params: QueryParams): Promise<boolean> {
  const test = await evaluated(expr, { root: doc, dataset: index.documents, params, dereference: dereferenceFrom(index) })
  return test === true
}

/**
 * `*[filter] | order(...) [a...b]` (or `[i]`): walks the candidates in sorted order and stops
 * after b matches, instead of filtering and sorting every candidate. The walk is remembered,
 * so the next page of the same list (same filter and parameters) resumes where it stopped.
 */
async function firstSortedMatches(node: ExprNode, index: DatasetIndex, params: QueryParams): Promise<ExprNode | undefined> {
  let start: number
  let end: number
  let single = false
  if (node.type === 'Slice') {
    if (node.left < 0 || node.right < 0) return undefined
    start = node.left
    end = node.isInclusive ? node.right + 1 : node.right
  } else if (node.type === 'AccessElement') {
    if (node.index < 0) return undefined
    start = node.index
    end = node.index + 1
    single = true
  } else return undefined

  const ordered = node.base
  if (ordered.type !== 'PipeFuncCall' || ordered.name !== 'order') return undefined
  const filtered = ordered.base
  if (filtered.type !== 'Filter' || filtered.base.type !== 'Everything') return undefined
  if (contains(filtered.expr, SCOPE_DEPENDENT) || contains(ordered.args, CALL_DEPENDENT)) return undefined
  const candidates = candidatesFor(filtered.expr, index, params)
  if (!candidates) return undefined

  const expr = await planQuery(filtered.expr, index, params)
  const key = resultKey([filtered.expr, ordered.args], params)
  let walk = index.walks.get(key)
  if (!walk) {
    walk = { sorted: sortedOnce(candidates, ordered.args, index), position: 0, matches: [], busy: Promise.resolve() }
    index.walks.set(key, walk)
  }
  const state = walk
  // Concurrent requests for the same list take turns, so the walk is never advanced twice at once.
  const advance = state.busy.then(async () => {
    const sorted = await state.sorted
    while (state.matches.length < end && state.position < sorted.length) {
      const doc = sorted[state.position]
      if (await matchesFilter(expr, doc, index, params)) state.matches.push(doc)
      state.position += 1
    }
  })
  state.busy = advance.catch(() => undefined)
  await advance
  const value = single ? (state.matches[start] ?? null) : state.matches.slice(start, end)
  return { type: 'Value', value }
}

/**
 * `*[filter]` over many candidates, evaluated once per filter and parameter values and then
 * reused: a blog list's `count(...)` is the same on every page. Only filters that read nothing
 * outside the document they test (no `^`) can be evaluated ahead like this.
 */
async function rememberedFilter(
  node: ExprNode & { type: 'Filter' },
  candidates: SanityDocument[],
  index: DatasetIndex,
  params: QueryParams,
): Promise<ExprNode> {
  const key = resultKey([node.expr], params)
  let result = index.filtered.get(key)
  if (!result) {
    const expr = await planQuery(node.expr, index, params)
    const tree = { ...node, base: { type: 'Value', value: candidates }, expr } as ExprNode
    result = evaluated<SanityDocument[]>(tree, { dataset: index.documents, params, dereference: dereferenceFrom(index) })
    index.filtered.set(key, result)
  }
  return { type: 'Value', value: await result }
}

/**
 * Rewrites a parsed query so that `*[...]` reads from an indexed candidate list, sorted slices
 * stop early and large filters are evaluated once. Every filter still runs on every candidate it
 * could match, so the result is the one groq-js gives over the whole dataset
 * (tests/unit/content/bundledIndex.test.ts compares both on the bundled and generated datasets).
 */
export async function planQuery(node: ExprNode, index: DatasetIndex, params: QueryParams): Promise<ExprNode> {
  const early = await firstSortedMatches(node, index, params)
  if (early) return early
  if (node.type === 'Filter' && node.base.type === 'Everything') {
    const candidates = candidatesFor(node.expr, index, params) ?? index.documents
    if (candidates.length >= REMEMBER_FROM_CANDIDATES && !contains(node.expr, SCOPE_DEPENDENT)) {
      return rememberedFilter(node, candidates, index, params)
    }
    const expr = await planQuery(node.expr, index, params)
    return { ...node, base: { type: 'Value', value: candidates }, expr }
  }
  if (node.type === 'Value') return node
  let changed = false
  const copy: Record<string, unknown> = {}
  for (const [key, child] of Object.entries(node as Node)) {
    let planned: unknown = child
    if (Array.isArray(child)) {
      const items = await Promise.all(child.map((item) => (isNode(item) ? planQuery(item, index, params) : item)))
      if (items.some((item, i) => item !== child[i])) planned = items
    } else if (isNode(child)) {
      planned = await planQuery(child, index, params)
    }
    if (planned !== child) changed = true
    copy[key] = planned
  }
  return changed ? (copy as unknown as ExprNode) : node
}

function isNode(value: unknown): value is ExprNode {
  return value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string'
}

/** Answers a parsed query from the index; the same result as groq-js over `index.documents`. */
export async function evaluateWithIndex<Result>(tree: ExprNode, index: DatasetIndex, params: QueryParams): Promise<Result> {
  const planned = await planQuery(tree, index, params)
  return evaluated<Result>(planned, { dataset: index.documents, params, dereference: dereferenceFrom(index) })
}
