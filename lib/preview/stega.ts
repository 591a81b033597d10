import { stegaEncodeSourceMap } from '@sanity/client/stega'
import {
  getPublishedId,
  jsonPath,
  type ContentSourceMap,
  type ContentSourceMapDocuments,
  type ContentSourceMapParsedPath,
} from '@sanity/client/csm'

/**
 * Visual-editing overlays for the bundled dataset: the Content Lake answers a query with a
 * Content Source Map (which document and field each value came from) and @sanity/client hides
 * a Studio edit link in each string (stega); groq-js answers without one, so this builds the map
 * from the documents themselves and hands it to the same encoder.
 *
 * A string is attributed only when that is certain: the nearest enclosing object with an `_id`
 * names the source document, the string's path below that object is the candidate field, and the
 * value at that field in the document must equal the string. Renamed projections, `coalesce`,
 * text computed by functions and dereferenced objects without `_id` therefore stay unencoded
 * instead of pointing an editor at the wrong field.
 */

/** Where the Studio is mounted (app/(sanity)/studio): edit links open it on this site. */
export const STUDIO_URL = '/studio'

/**
 * Fields whose values the site compares, looks up or dials rather than shows as text (a callout's
 * tone picks its style and label, phone numbers become tel: links, opening hours are parsed): an
 * invisible suffix would break them, so they stay clean on top of the encoder's own filter.
 */
const MACHINE_READ_FIELDS = new Set(['tone', 'phone', 'phoneE164', 'dayCodes', 'opens', 'closes', 'roles', 'from', 'to'])

/** A document as read in the query's perspective (a draft read under its published id carries `_originalId`). */
export type StegaSourceDocument = { _id: string; _type: string; [field: string]: unknown }

/** The document the query read under this published id, or undefined. */
export type FindSourceDocument = (publishedId: string) => StegaSourceDocument | undefined

const MISSING = Symbol('missing')
type SourceValue = unknown | typeof MISSING

type Anchor = { document: StegaSourceDocument; documentIndex: number } | null

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

class SourceMapBuilder {
  readonly map: ContentSourceMap = { documents: [], paths: [], mappings: {} }
  private documentIndexes = new Map<string, number>()
  private pathIndexes = new Map<string, number>()

  constructor(private readonly findDocument: FindSourceDocument) {}

  /** The nearest object with an `_id` becomes the source of the strings below it (or nothing, when unknown). */
  anchorFor(id: string): Anchor {
    const document = this.findDocument(getPublishedId(id))
    if (!document) return null
    // As in the Content Lake's map: the id of the version read (the draft's, when a draft was
    // overlaid), so the Studio opens the perspective the value came from.
    const sourceId = typeof document._originalId === 'string' ? document._originalId : document._id
    let documentIndex = this.documentIndexes.get(sourceId)
    if (documentIndex === undefined) {
      documentIndex = this.map.documents.push({ _id: sourceId, _type: document._type } as ContentSourceMapDocuments[number]) - 1
      this.documentIndexes.set(sourceId, documentIndex)
    }
    return { document, documentIndex }
  }

  add(resultPath: Array<string | number>, anchor: NonNullable<Anchor>, sourcePath: ContentSourceMapParsedPath): void {
    const path = jsonPath(sourcePath)
    let pathIndex = this.pathIndexes.get(path)
    if (pathIndex === undefined) {
      pathIndex = this.map.paths.push(path) - 1
      this.pathIndexes.set(path, pathIndex)
    }
    this.map.mappings[jsonPath(resultPath)] = {
      type: 'value',
      source: { type: 'documentValue', document: anchor.documentIndex, path: pathIndex },
    }
  }
}

/** The element of the source array a result element came from: by `_key` when it has one, else by position in an array of the same length. */
function sourceElement(
  source: SourceValue,
  element: unknown,
  index: number,
  resultLength: number,
): { value: SourceValue; segment: ContentSourceMapParsedPath[number] } {
  if (!Array.isArray(source)) return { value: MISSING, segment: index }
  const key = isRecord(element) ? element._key : undefined
  if (typeof key === 'string') {
    const at = source.findIndex((candidate) => isRecord(candidate) && candidate._key === key)
    return at === -1 ? { value: MISSING, segment: index } : { value: source[at], segment: { _key: key, _index: at } }
  }
  // A filtered or sliced array has another length: its positions say nothing about the source's.
  if (source.length !== resultLength) return { value: MISSING, segment: index }
  return { value: source[index], segment: index }
}

function walk(
  value: unknown,
  resultPath: Array<string | number>,
  anchor: Anchor,
  source: SourceValue,
  sourcePath: ContentSourceMapParsedPath,
  builder: SourceMapBuilder,
): void {
  if (typeof value === 'string') {
    if (anchor && source === value) builder.add(resultPath, anchor, sourcePath)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((element, index) => {
      const { value: elementSource, segment } = sourceElement(source, element, index, value.length)
      walk(element, [...resultPath, index], anchor, elementSource, [...sourcePath, segment], builder)
    })
    return
  }
  if (!isRecord(value)) return
  if (typeof value._id === 'string') {
    anchor = builder.anchorFor(value._id)
    source = anchor ? anchor.document : MISSING
    sourcePath = []
  }
  // The encoder only visits a block's `children` and a span's `text` (never marks, styles or link
  // definitions), so only those are mapped in Portable Text.
  const keys = value._type === 'block' ? ['children'] : value._type === 'span' ? ['text'] : Object.keys(value)
  for (const key of keys) {
    if (!(key in value)) continue
    const fieldSource = isRecord(source) && key in source ? source[key] : MISSING
    walk(value[key], [...resultPath, key], anchor, fieldSource, [...sourcePath, key], builder)
  }
}

/** The Content Source Map of a query result, built from the documents it was read from (exported for tests). */
export function sourceMapFor(result: unknown, findDocument: FindSourceDocument): ContentSourceMap {
  const builder = new SourceMapBuilder(findDocument)
  walk(result, [], null, MISSING, [], builder)
  return builder.map
}

/**
 * The result with a Studio edit link hidden in every string that can be traced to a document
 * field, except where @sanity/client's default filter keeps values clean: slugs, URLs and hrefs,
 * ids and `_`-fields, dates, anything under `seo`/`meta`, type-like and denylisted keys (color,
 * email, icon, locale, path, route, status, variant…) and the fields in MACHINE_READ_FIELDS. For editors' previews only: visitors must
 * never receive it, and what is compared, linked or put in metadata must go through stegaClean.
 */
export function encodeStega<Result>(result: Result, findDocument: FindSourceDocument): Result {
  const sourceMap = sourceMapFor(result, findDocument)
  if (Object.keys(sourceMap.mappings).length === 0) return result
  return stegaEncodeSourceMap(result, sourceMap, {
    enabled: true,
    studioUrl: STUDIO_URL,
    filter: (props) => {
      const field = props.sourcePath.findLast((segment): segment is string => typeof segment === 'string')
      return !(field && MACHINE_READ_FIELDS.has(field)) && props.filterDefault(props)
    },
  })
}
