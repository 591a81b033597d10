import { applyPatch, incremental } from 'mendoza'
import { mendozaEffects, mendozaPatch } from '@/lib/contentLake/mendoza'
import type { LakeDocument } from '@/lib/contentLake/types'

/**
 * The encoder is checked against the decoders the Studio runs: `applyPatch` (document state)
 * and the incremental patcher (the review-changes diff). Each patch also goes through JSON,
 * as it does over HTTP.
 */
function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

function withoutRev(document: LakeDocument | null): Partial<LakeDocument> | null {
  if (!document) return null
  const rest: Partial<LakeDocument> = { ...document }
  delete rest._rev
  return rest
}

function applyIncrementally(value: unknown, patch: unknown[]): unknown {
  const result = incremental.applyPatch(incremental.wrap(value, null), patch, 'meta')
  return incremental.unwrap(result)
}

function expectRoundTrip(before: LakeDocument | null, after: LakeDocument | null) {
  const { apply, revert } = throughJson(mendozaEffects(before, after))
  const left = withoutRev(before)
  const right = withoutRev(after)
  expect(applyPatch(throughJson(left), apply)).toEqual(right)
  expect(applyPatch(throughJson(right), revert)).toEqual(left)
  expect(applyIncrementally(throughJson(left), apply)).toEqual(right)
  expect(applyIncrementally(throughJson(right), revert)).toEqual(left)
  return { apply, revert }
}

const post: LakeDocument = {
  _id: 'post-1',
  _type: 'post',
  _rev: 'rev-1',
  _createdAt: '2024-01-01T00:00:00Z',
  _updatedAt: '2024-01-02T00:00:00Z',
  title: 'Finding help for a family member',
  slug: { _type: 'slug', current: 'finding-help' },
  tags: ['family', 'recovery'],
  body: [
    {
      _key: 'b1',
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{ _key: 's1', _type: 'span', marks: [], text: 'The first step is a phone call.' }],
    },
    {
      _key: 'b2',
      _type: 'block',
      style: 'h2',
      markDefs: [{ _key: 'l1', _type: 'link', href: 'https://example.org' }],
      children: [{ _key: 's2', _type: 'span', marks: ['l1'], text: 'What to expect' }],
    },
  ],
}

describe('mendoza effects', () => {
  it('a created document: apply gives the whole document (from null or from {}), revert is [0, null]', () => {
    const { apply, revert } = expectRoundTrip(null, post)
    expect(revert).toEqual([0, null])
    expect(applyPatch({}, apply)).toEqual(withoutRev(post))
  })

  it('a deleted document: apply is [0, null], revert gives the whole document back', () => {
    const { apply } = expectRoundTrip(post, null)
    expect(apply).toEqual([0, null])
  })

  it('ignores _rev: a change of revision alone is an empty patch, and _rev never appears in a patch', () => {
    const { apply, revert } = expectRoundTrip(post, { ...post, _rev: 'rev-2' })
    expect(apply).toEqual([])
    expect(revert).toEqual([])
    const created = mendozaEffects(null, post)
    expect(JSON.stringify(created)).not.toContain('rev-1')
  })

  it('changed, added and removed top-level fields', () => {
    const withoutTags = { ...post }
    delete withoutTags.tags
    expectRoundTrip(post, { ...withoutTags, title: 'A new title', excerpt: 'Added', _updatedAt: '2024-02-01T00:00:00Z' })
  })

  it('an edit inside portable text patches the span instead of resending the body', () => {
    const after = structuredClone(post)
    const body = after.body as { children: { text: string }[] }[]
    body[0].children[0].text = 'The first step is a short phone call.'
    const { apply } = expectRoundTrip(post, after)
    expect(JSON.stringify(apply)).not.toContain('What to expect')
    expect(JSON.stringify(apply)).toContain('"short "')
    expect(JSON.stringify(apply).length).toBeLessThan(JSON.stringify(post.body).length / 3)
  })

  it('blocks inserted, removed and reordered in a keyed array', () => {
    const body = post.body as Record<string, unknown>[]
    const inserted = {
      _key: 'b3',
      _type: 'block',
      style: 'normal',
      markDefs: [],
      children: [{ _key: 's3', _type: 'span', marks: [], text: 'New' }],
    }
    expectRoundTrip(post, { ...post, body: [body[1], inserted, body[0]] })
    expectRoundTrip(post, { ...post, body: [body[1]] })
    expectRoundTrip(post, { ...post, body: [] })
    expectRoundTrip({ ...post, body: [] }, post)
  })

  it('unicode strings: multi-byte characters, emoji (surrogate pairs) and combining marks', () => {
    const pairs: [string, string][] = [
      ['Blåbærsyltetøy er godt', 'Blåbærsyltetøy er veldig godt'],
      ['Hilfe für Angehörige', 'Hilfe für alle Angehörigen'],
      ['ok 😀 done', 'ok 😀😀 done'],
      ['😀', '😁'],
      ['a😀b', 'a😁b'],
      ['家族の支援', '家族への支援'],
      ['नशा मुक्ति केंद्र में मदद', 'नशा मुक्ति केंद्र में तुरंत मदद'],
      ['e\u0301cole', 'e\u0301coles'],
      ['plain ascii text that changes in the middle here', 'plain ascii text that CHANGES in the middle here'],
      ['same prefix ✓', 'same prefix ✓ and more'],
      ['', 'from empty'],
      ['to empty', ''],
      ['\ud83d lone high surrogate', '\ud83d lone high surrogate!'],
    ]
    for (const [a, b] of pairs) {
      expectRoundTrip({ ...post, title: a }, { ...post, title: b })
      expectRoundTrip({ ...post, tags: [a, 'x'] }, { ...post, tags: [b, 'x'] })
    }
  })

  it('a long non-ASCII string keeps its prefix and suffix as slices (offsets in UTF-8 bytes)', () => {
    const before = 'Blåbærsyltetøy er godt og søtt 😀 og passer til vafler'
    const after = 'Blåbærsyltetøy er veldig godt og søtt 😀 og passer til vafler'
    const { apply } = expectRoundTrip({ ...post, title: before }, { ...post, title: after })
    const ops = JSON.stringify(apply)
    expect(ops).toContain('22,"veldig "')
    expect(ops).not.toContain('vafler')
    // Prefix "Blåbærsyltetøy er " is 21 bytes; the old string is 60 bytes, its suffix "godt…" 39 of them.
    expect(ops).toContain('23,0,21,22,"veldig ",23,21,60')
  })

  it('values changing type, and nested values becoming null or empty', () => {
    const cases: [unknown, unknown][] = [
      [1, '1'],
      [{ a: 1 }, [1]],
      [[1, 2], { 0: 1 }],
      ['text', null],
      [{ a: { b: 1 } }, { a: {} }],
      [{ a: [1] }, { a: [] }],
      [{ a: 'x' }, { a: '' }],
      [true, false],
    ]
    for (const [a, b] of cases) expectRoundTrip({ ...post, field: a }, { ...post, field: b })
  })

  it('the same unchanged element appearing twice is copied, not resent', () => {
    const big = { _key: 'big', text: 'x'.repeat(500) }
    const { apply } = expectRoundTrip({ ...post, list: [big, { _key: 'y' }] }, { ...post, list: [{ _key: 'y' }, big, big] })
    expect(JSON.stringify(apply).length).toBeLessThan(200)
  })

  it('mendozaPatch of equal values is empty and of non-objects replaces the value', () => {
    expect(mendozaPatch({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([])
    expect(mendozaPatch('a', 'b')).toEqual([0, 'b'])
    expect(applyPatch(null, mendozaPatch(null, { a: 1 }))).toEqual({ a: 1 })
  })
})

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABET = ['a', 'b', 'c', ' ', 'é', 'ø', 'अ', '中', '😀', '\u0301', 'Z', '1']

function generators(next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
  const text = (): string => Array.from({ length: Math.floor(next() * (next() < 0.3 ? 60 : 12)) }, () => pick(ALPHABET)).join('')
  const value = (depth: number): unknown => {
    const kind = depth <= 0 ? Math.floor(next() * 4) : Math.floor(next() * 7)
    if (kind === 0) return text()
    if (kind === 1) return Math.round(next() * 1000) / 10
    if (kind === 2) return next() < 0.5
    if (kind === 3) return null
    if (kind === 4) return object(depth - 1)
    if (kind === 5) return Array.from({ length: Math.floor(next() * 5) }, () => value(depth - 1))
    return Array.from({ length: Math.floor(next() * 5) }, (_, index) => ({ _key: `k${index}${pick(['', 'x'])}`, ...object(depth - 1) }))
  }
  const object = (depth: number): Record<string, unknown> =>
    Object.fromEntries(
      Array.from({ length: Math.floor(next() * 5) }, () => [pick(['title', 'body', 'z', 'A', 'é', '_key2', 'items', 'n']), value(depth)]),
    )

  /** A copy of `input` with a few random edits at any depth. */
  const mutate = (input: unknown, depth: number): unknown => {
    const roll = next()
    if (roll < 0.15 || depth > 4) return value(2)
    if (typeof input === 'string') {
      const at = Math.floor(next() * (input.length + 1))
      return roll < 0.6 ? input.slice(0, at) + text() + input.slice(at + Math.floor(next() * 3)) : input
    }
    if (Array.isArray(input)) {
      const copy = [...input]
      if (copy.length > 0 && roll < 0.5) {
        const at = Math.floor(next() * copy.length)
        copy[at] = mutate(copy[at], depth + 1)
      }
      if (roll > 0.4) copy.splice(Math.floor(next() * (copy.length + 1)), 0, value(1))
      if (roll > 0.7 && copy.length > 0) copy.splice(Math.floor(next() * copy.length), 1)
      if (roll > 0.85) copy.reverse()
      return copy
    }
    if (input !== null && typeof input === 'object') {
      const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) }
      const keys = Object.keys(copy)
      if (keys.length > 0 && roll < 0.6) {
        const key = pick(keys)
        copy[key] = mutate(copy[key], depth + 1)
      }
      if (roll > 0.5) copy[pick(['fresh', 'title', 'x'])] = value(1)
      if (roll > 0.75 && keys.length > 0) delete copy[pick(keys)]
      return copy
    }
    return value(1)
  }
  return { object, mutate }
}

describe('mendoza effects on random documents', () => {
  it('round-trip through both decoders for 400 random edits', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const { object, mutate } = generators(random(seed))
      const before: LakeDocument = { _id: 'doc', _type: 'thing', _rev: 'r1', ...object(3) }
      const after = { ...(mutate(before, 0) as Record<string, unknown>), _id: 'doc', _type: 'thing', _rev: 'r2' } as LakeDocument
      try {
        expectRoundTrip(before, after)
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`)
      }
    }
  })
})
