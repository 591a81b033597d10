import type { LakeDocument } from './types'

/**
 * An encoder for mendoza, the patch format of Sanity's `effects` (listener events and the
 * History API). The `mendoza` npm package only applies patches; this writes them.
 *
 * A patch is a flat list of opcodes and arguments run by a small stack machine
 * (node_modules/mendoza/src/internal-patcher.ts): an input stack walks the old value, an
 * output stack builds the new one, and the last value left on the output stack is the result.
 * An empty patch leaves the value as it is; `[Value, x]` replaces it with `x`.
 *
 * The Studio relies on three things we keep to:
 * - effects are computed on documents without `_rev` (it strips `_rev` before applying them);
 * - a document that appears has `revert: [0, null]` and one that disappears `apply: [0, null]`:
 *   the Studio reads exactly that shape as "created" / "deleted" (`isDeletePatch`), and applies
 *   a creation's `apply` to `{}` as well as to `null`;
 * - both of its appliers give the same result: the simple one (`applyPatch`) and the
 *   incremental one used for the review-changes diff.
 */
export type MendozaPatch = unknown[]
export type MendozaEffects = { apply: MendozaPatch; revert: MendozaPatch }

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** Opcode numbers: their positions in the decoder's OPS table. */
const Op = {
  Value: 0,
  PushFieldCopy: 10,
  PushFieldBlank: 11,
  PushElementCopy: 12,
  PushElementBlank: 13,
  ReturnIntoObjectSameKeyPop: 15,
  ReturnIntoArrayPop: 16,
  ObjectSetFieldValue: 17,
  ObjectDeleteField: 19,
  ArrayAppendValue: 20,
  ArrayAppendSlice: 21,
  StringAppendString: 22,
  StringAppendSlice: 23,
} as const

/** The effects of a document's change: `apply` turns `before` into `after`, `revert` the other way. */
export function mendozaEffects(before: LakeDocument | null, after: LakeDocument | null): MendozaEffects {
  const left = comparable(before)
  const right = comparable(after)
  return { apply: mendozaPatch(left, right), revert: mendozaPatch(right, left) }
}

/** A patch that turns the JSON value `left` into `right`. */
export function mendozaPatch(left: Json, right: Json): MendozaPatch {
  if (deepEqual(left, right)) return []
  if (isObject(left) && isObject(right)) return objectOps(left, right)
  return [Op.Value, right]
}

/** The document as the Studio holds it: no `_rev`, and exactly what JSON carries (no undefined fields). */
function comparable(document: LakeDocument | null): Json {
  if (!document) return null
  const copy = JSON.parse(JSON.stringify(document)) as JsonObject
  delete copy._rev
  return copy
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Appends without spreading, so a long array of operations cannot overflow the call stack. */
function append(target: unknown[], items: readonly unknown[]): void {
  for (const item of items) target.push(item)
}

/** Sub-patches are used only when shorter than writing the new value out. */
function encodedSize(value: unknown): number {
  return JSON.stringify(value).length
}

type Nested = { opener: 'copy' | 'blank'; ops: unknown[] }

/**
 * Operations that rebuild `right` from `left` once `left` is the current input: objects start
 * from a copy of the old one, arrays and strings from blank (the decoder's incremental model
 * shares a copied array's storage, so arrays are always rebuilt). Null when a sub-patch cannot
 * express it, or would not be shorter than the value itself.
 */
function nestedOps(left: Json, right: Json): Nested | null {
  let nested: Nested | null = null
  if (isObject(left) && isObject(right)) nested = { opener: 'copy', ops: objectOps(left, right) }
  // A blank output that nothing writes to stays null: empty arrays and strings are set as values.
  else if (Array.isArray(left) && Array.isArray(right) && right.length > 0) nested = { opener: 'blank', ops: arrayOps(left, right) }
  else if (typeof left === 'string' && typeof right === 'string' && right.length > 0)
    nested = { opener: 'blank', ops: stringOps(left, right) }
  if (!nested) return null
  return encodedSize(nested.ops) + 4 < encodedSize(right) ? nested : null
}

/** The current input and output are the old object (the output a copy of it). */
function objectOps(left: JsonObject, right: JsonObject): unknown[] {
  const ops: unknown[] = []
  // Fields are addressed by their index among the input's keys, sorted as the decoder sorts them.
  const keys = Object.keys(left).sort()
  const indexOf = new Map(keys.map((key, index) => [key, index] as const))
  keys.forEach((key, index) => {
    if (!Object.hasOwn(right, key)) ops.push(Op.ObjectDeleteField, index)
  })
  for (const [key, value] of Object.entries(right)) {
    const index = indexOf.get(key)
    if (index === undefined) {
      ops.push(Op.ObjectSetFieldValue, value, key)
      continue
    }
    const old = left[key]
    if (deepEqual(old, value)) continue
    const nested = nestedOps(old, value)
    if (nested) {
      ops.push(nested.opener === 'copy' ? Op.PushFieldCopy : Op.PushFieldBlank, index)
      append(ops, nested.ops)
      ops.push(Op.ReturnIntoObjectSameKeyPop)
    } else {
      ops.push(Op.ObjectSetFieldValue, value, key)
    }
  }
  return ops
}

function keyOf(value: Json | undefined): string | undefined {
  return isObject(value) && typeof value._key === 'string' ? value._key : undefined
}

/**
 * The current input is the old array, the output a blank array filled in order: runs of
 * unchanged elements are copied as slices, an element with the same `_key` (or, in arrays
 * without keys, at the same position) is patched, anything else is written out.
 */
function arrayOps(left: Json[], right: Json[]): unknown[] {
  const ops: unknown[] = []
  const leftHashes = left.map(canonical)
  const positionsByHash = new Map<string, number[]>()
  const positionByKey = new Map<string, number>()
  leftHashes.forEach((hash, index) => {
    const positions = positionsByHash.get(hash)
    if (positions) positions.push(index)
    else positionsByHash.set(hash, [index])
    const key = keyOf(left[index])
    if (key !== undefined && !positionByKey.has(key)) positionByKey.set(key, index)
  })

  let run: { start: number; end: number } | null = null
  const flush = () => {
    if (run) ops.push(Op.ArrayAppendSlice, run.start, run.end)
    run = null
  }
  let next = 0
  right.forEach((item, position) => {
    const hash = canonical(item)
    const candidates = positionsByHash.get(hash)
    const match =
      next < left.length && leftHashes[next] === hash ? next : (candidates?.find((index) => index >= next) ?? candidates?.[0] ?? -1)
    if (match >= 0) {
      if (run && run.end === match) run.end += 1
      else {
        flush()
        run = { start: match, end: match + 1 }
      }
      next = match + 1
      return
    }
    flush()
    const key = keyOf(item)
    const similar =
      key !== undefined ? (positionByKey.get(key) ?? -1) : position < left.length && keyOf(left[position]) === undefined ? position : -1
    const nested = similar >= 0 ? nestedOps(left[similar], item) : null
    if (nested) {
      ops.push(nested.opener === 'copy' ? Op.PushElementCopy : Op.PushElementBlank, similar)
      append(ops, nested.ops)
      ops.push(Op.ReturnIntoArrayPop)
      next = similar + 1
    } else {
      ops.push(Op.ArrayAppendValue, item)
    }
  })
  flush()
  return ops
}

/** Bytes of a code point in UTF-8, counted as the decoder counts them (a lone surrogate is 3). */
function utf8Size(codePoint: number): number {
  if (codePoint >= 0x10000) return 4
  if (codePoint >= 0x800) return 3
  if (codePoint >= 0x80) return 2
  return 1
}

function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const codePoint = text.codePointAt(index)!
    bytes += utf8Size(codePoint)
    if (codePoint >= 0x10000) index++
  }
  return bytes
}

/** The code point that ends at `end` (a surrogate pair counts as one) and its length in UTF-16 units. */
function codePointBefore(text: string, end: number): { codePoint: number; units: number } {
  const low = text.charCodeAt(end - 1)
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2)
    if (high >= 0xd800 && high <= 0xdbff) return { codePoint: text.codePointAt(end - 2)!, units: 2 }
  }
  return { codePoint: low, units: 1 }
}

/**
 * The current input is the old string, the output a blank string: the common prefix and
 * suffix are copied as slices (offsets in UTF-8 bytes, as mendoza counts them), the middle is
 * written out. Only slices from the start or to the end: the simple decoder resolves the end
 * of a slice that starts after a multi-byte character too far, which only a slice that ends
 * at the end of the string survives (the overshoot is cut off there).
 */
function stringOps(left: string, right: string): unknown[] {
  const shorter = Math.min(left.length, right.length)
  let prefix = 0
  let prefixBytes = 0
  while (prefix < shorter) {
    const codePoint = left.codePointAt(prefix)!
    if (codePoint !== right.codePointAt(prefix)) break
    const units = codePoint >= 0x10000 ? 2 : 1
    if (prefix + units > shorter) break
    prefix += units
    prefixBytes += utf8Size(codePoint)
  }
  let suffix = 0
  let suffixBytes = 0
  while (suffix < shorter - prefix) {
    const a = codePointBefore(left, left.length - suffix)
    const b = codePointBefore(right, right.length - suffix)
    if (a.codePoint !== b.codePoint || a.units !== b.units || suffix + a.units > shorter - prefix) break
    suffix += a.units
    suffixBytes += utf8Size(a.codePoint)
  }
  const middle = right.slice(prefix, right.length - suffix)

  const ops: unknown[] = []
  if (prefixBytes > 0) ops.push(Op.StringAppendSlice, 0, prefixBytes)
  if (middle.length > 0) ops.push(Op.StringAppendString, middle)
  if (suffixBytes > 0) {
    const leftBytes = utf8Length(left)
    ops.push(Op.StringAppendSlice, leftBytes - suffixBytes, leftBytes)
  }
  return ops
}

/** A string equal for equal JSON values whatever their key order (used to find unchanged array elements). */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value)) {
    const fields = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
    return `{${fields.join(',')}}`
  }
  return JSON.stringify(value)
}

function deepEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  }
  return false
}
