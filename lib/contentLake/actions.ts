import { isDraftId, publishedIdOf } from './query'
import { applyMutation, documentIdOf } from './store'
import { LakeError, type LakeDocument, type LakeMutation, type LakeStore, type LakeTransaction } from './types'

/**
 * Sanity's Actions API (POST /data/actions/<dataset>), which the Studio uses for every document
 * change: each action becomes the mutations the Content Lake would make, and all of a request's
 * actions commit as one transaction.
 */
type Action = { actionType?: unknown; [key: string]: unknown }

const MAX_ACTIONS = 100

function text(action: Action, field: string): string {
  const value = action[field]
  if (typeof value !== 'string' || value === '') throw new LakeError(400, `${String(action.actionType)}: "${field}" must be a document id.`)
  return value
}

/** The action's `draftId` and `publishedId`, which must name the two versions of one document. */
function draftAndPublished(action: Action): { draftId: string; publishedId: string } {
  const draftId = text(action, 'draftId')
  const publishedId = text(action, 'publishedId')
  if (!isDraftId(draftId) || publishedIdOf(draftId) !== publishedId) {
    throw new LakeError(400, `${String(action.actionType)}: draftId must be "drafts.${publishedId}".`)
  }
  return { draftId, publishedId }
}

/** A copy of `document` under another id, without the fields the lake sets itself. */
function copyAs(document: LakeDocument, id: string): LakeDocument {
  const { _rev, _updatedAt, _originalId, ...rest } = document as LakeDocument & { _originalId?: unknown }
  void _rev
  void _updatedAt
  void _originalId
  return { ...rest, _id: id }
}

/**
 * The mutations for one action, given the documents as the earlier actions of the same request
 * left them (`current`).
 */
function mutationsFor(action: Action, current: (id: string) => LakeDocument | undefined): LakeMutation[] {
  switch (action.actionType) {
    case 'sanity.action.document.create': {
      const publishedId = text(action, 'publishedId')
      const attributes = action.attributes as LakeDocument | undefined
      if (!attributes || typeof attributes !== 'object' || typeof attributes._id !== 'string') {
        throw new LakeError(400, 'sanity.action.document.create: "attributes" must be a document with an _id.')
      }
      if (publishedIdOf(attributes._id) !== publishedId) {
        throw new LakeError(400, 'sanity.action.document.create: attributes._id must be the draft or published id of publishedId.')
      }
      if (current(attributes._id)) {
        if (action.ifExists === 'ignore') return []
        throw new LakeError(409, `Document by ID "${attributes._id}" already exists`, 'mutationError')
      }
      return [{ create: attributes }]
    }
    case 'sanity.action.document.edit': {
      const { draftId, publishedId } = draftAndPublished(action)
      const patch = action.patch
      if (!patch || typeof patch !== 'object') throw new LakeError(400, 'sanity.action.document.edit: "patch" must be patch operations.')
      const mutations: LakeMutation[] = []
      // The Studio edits a published document without first creating its draft: the lake does.
      if (!current(draftId)) {
        const published = current(publishedId)
        if (!published)
          throw new LakeError(409, `Cannot edit "${publishedId}": it has neither a draft nor a published version.`, 'documentNotFoundError')
        mutations.push({ createIfNotExists: copyAs(published, draftId) })
      }
      mutations.push({ patch: { ...(patch as Record<string, unknown>), id: draftId } })
      return mutations
    }
    case 'sanity.action.document.publish': {
      const { draftId, publishedId } = draftAndPublished(action)
      const draft = current(draftId)
      if (!draft) throw new LakeError(409, `Cannot publish "${publishedId}": it has no draft.`, 'documentNotFoundError')
      if (action.ifDraftRevisionId && action.ifDraftRevisionId !== draft._rev) {
        throw new LakeError(409, `The draft of "${publishedId}" changed (revision ${draft._rev}) since it was validated.`, 'conflict')
      }
      const published = current(publishedId)
      if (action.ifPublishedRevisionId && action.ifPublishedRevisionId !== published?._rev) {
        throw new LakeError(409, `"${publishedId}" was published again (revision ${published?._rev}) since it was validated.`, 'conflict')
      }
      const next = copyAs(draft, publishedId)
      if (published?._createdAt) next._createdAt = published._createdAt
      return [{ createOrReplace: next }, { delete: { id: draftId } }]
    }
    case 'sanity.action.document.unpublish': {
      const { draftId, publishedId } = draftAndPublished(action)
      const published = current(publishedId)
      if (!published) throw new LakeError(409, `Cannot unpublish "${publishedId}": it is not published.`, 'documentNotFoundError')
      return [{ createIfNotExists: copyAs(published, draftId) }, { delete: { id: publishedId } }]
    }
    case 'sanity.action.document.discard': {
      const draftId = text(action, 'draftId')
      if (!isDraftId(draftId)) throw new LakeError(400, 'sanity.action.document.discard: draftId must start with "drafts.".')
      if (!current(draftId)) throw new LakeError(409, `Cannot discard "${draftId}": there is no draft.`, 'documentNotFoundError')
      return [{ delete: { id: draftId } }]
    }
    case 'sanity.action.document.delete': {
      const publishedId = text(action, 'publishedId')
      const drafts = Array.isArray(action.includeDrafts) ? action.includeDrafts : []
      if (drafts.some((id) => typeof id !== 'string' || publishedIdOf(id) !== publishedId)) {
        throw new LakeError(400, 'sanity.action.document.delete: includeDrafts must list versions of publishedId.')
      }
      return [publishedId, ...(drafts as string[])].map((id) => ({ delete: { id } }))
    }
    case 'sanity.action.document.replaceDraft': {
      const publishedId = text(action, 'publishedId')
      const attributes = action.attributes as LakeDocument | undefined
      if (!attributes || typeof attributes !== 'object')
        throw new LakeError(400, 'sanity.action.document.replaceDraft: "attributes" must be a document.')
      return [{ createOrReplace: { ...attributes, _id: `drafts.${publishedId}` } }]
    }
    default:
      throw new LakeError(
        400,
        `Action ${JSON.stringify(String(action.actionType).slice(0, 80))} is not supported by the local Content Lake (releases are off).`,
        'actionError',
      )
  }
}

export type ActionsRequest = { actions?: unknown; transactionId?: unknown; dryRun?: unknown }

/** Runs a request's actions as one transaction; `null` when they change nothing (e.g. create with ifExists: ignore). */
export function runActions(store: LakeStore, request: ActionsRequest): LakeTransaction | null {
  const actions = Array.isArray(request.actions) ? request.actions : request.actions ? [request.actions] : []
  if (actions.length === 0) throw new LakeError(400, 'The body must be {"actions": [...]} with at least one action.')
  if (actions.length > MAX_ACTIONS) throw new LakeError(400, `At most ${MAX_ACTIONS} actions per request.`)
  const pending = new Map<string, LakeDocument | null>()
  const current = (id: string) => (pending.has(id) ? (pending.get(id) ?? undefined) : store.get(id))
  const mutations: LakeMutation[] = []
  for (const action of actions as Action[]) {
    if (!action || typeof action !== 'object') throw new LakeError(400, 'Each action must be an object.')
    for (const mutation of mutationsFor(action, current)) {
      mutations.push(mutation)
      // Later actions of the request see what this one did: the Studio sends its last edits and the publish together.
      const id = documentIdOf(mutation)
      pending.set(id, applyMutation(mutation, current(id) ?? null))
    }
  }
  if (request.dryRun === true || mutations.length === 0) return null
  const transactionId = typeof request.transactionId === 'string' ? request.transactionId : undefined
  return store.commit(mutations, { transactionId })
}
