import { validateSchema, groupProblems } from '@sanity/schema/_internal'
import type { SchemaTypeDefinition } from 'sanity'
import { createSchema, validateDocument, type SanityDocument, type Workspace } from 'sanity'
import { schemaTypes } from '../schemaTypes'
import { createDatasetClient, type DatasetDocument } from './datasetClient'

/** One problem found: which document, which field, what rule said. */
export type ContentProblem = {
  documentId: string
  documentType: string
  /** Field path such as `seo.title` or `body[_key=="a1"].markDefs[_key=="l1"].href`; empty for the whole document. */
  path: string
  level: 'error' | 'warning' | 'info'
  message: string
}

export type SchemaProblem = { type: string; path: string; level: string; message: string }

type PathSegment = string | number | { _key: string } | [number | '', number | '']

export function formatPath(path: PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'string') return index === 0 ? segment : `.${segment}`
      if (typeof segment === 'number') return `[${segment}]`
      if (Array.isArray(segment)) return `[${segment.join(':')}]`
      return `[_key=="${segment._key}"]`
    })
    .join('')
}

/** Schema errors (the same checks `sanity schema validate` runs), empty when the schema is sound. */
export function validateContentSchema(types: SchemaTypeDefinition[] = schemaTypes): SchemaProblem[] {
  const validated = validateSchema(types)
  return groupProblems(validated.getTypes()).flatMap((group) =>
    group.problems.map((problem) => ({
      type: group.path.find((segment) => segment.kind === 'type')?.name ?? '(schema)',
      path: group.path
        .map((segment) => segment.name ?? '')
        .filter(Boolean)
        .join('.'),
      level: problem.severity,
      message: problem.message,
    })),
  )
}

let cachedSchema: ReturnType<typeof createSchema> | undefined

function contentSchema() {
  cachedSchema ??= createSchema({ name: 'default', types: schemaTypes })
  return cachedSchema
}

/**
 * Validates every document against the schema's own rules, offline: rules that query the
 * dataset see `documents` (through an in-memory GROQ client) and references resolve against it.
 * `assetIds` are image assets that exist outside the documents (files in the export's images/).
 * System documents (`_type` starting with `sanity.` or `system.`) are skipped as Sanity's CLI does.
 */
export async function validateDocuments(
  documents: DatasetDocument[],
  { assetIds = new Set<string>() }: { assetIds?: Set<string> } = {},
): Promise<ContentProblem[]> {
  const schema = contentSchema()
  const client = createDatasetClient(documents)
  const ids = new Set([...documents.map((doc) => doc._id), ...assetIds])
  const workspace = { schema, getClient: () => client } as unknown as Workspace
  const problems: ContentProblem[] = []
  for (const document of documents) {
    if (document._type.startsWith('sanity.') || document._type.startsWith('system.')) continue
    const markers = await validateDocument({
      document: document as unknown as SanityDocument,
      workspace,
      // 'cli' would run Sanity's unknown-field check, which (as of sanity 5.31) downgrades every rule on
      // object-typed fields (slugs, images) to a warning; 'studio' gives editors' exact verdicts.
      environment: 'studio',
      getClient: (() => client) as never,
      getDocumentExists: async ({ id }) => ids.has(id),
    })
    for (const marker of markers) {
      problems.push({
        documentId: document._id,
        documentType: document._type,
        path: formatPath(marker.path as PathSegment[]),
        level: marker.level,
        message: marker.message,
      })
    }
  }
  return problems
}

/** A readable report: one line per problem, errors first. */
export function formatReport(problems: ContentProblem[]): string {
  const order = { error: 0, warning: 1, info: 2 }
  return [...problems]
    .sort((a, b) => order[a.level] - order[b.level] || a.documentId.localeCompare(b.documentId))
    .map((p) => `${p.level.toUpperCase().padEnd(7)} ${p.documentId} (${p.documentType}) ${p.path || '(document)'}: ${p.message}`)
    .join('\n')
}
