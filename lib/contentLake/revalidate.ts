import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { isDraftId, isVersionId } from './query'
import type { DocumentChange, LakeDocument, LakeTransaction } from './types'

/** The document types the webhook README asks a real project to send (README, "Webhooks"). */
export const WEBHOOK_TYPES = new Set(['post', 'treatment', 'video', 'person', 'category', 'settings', 'redirect'])

const slugOf = (document: LakeDocument | null) => {
  const slug = (document?.slug as { current?: unknown } | undefined)?.current
  return typeof slug === 'string' ? slug : null
}

/** The webhook's projection `{_type, _id, slug, previousSlug}` for a published change, or null when Sanity would not send one. */
export function webhookBody(change: DocumentChange): Record<string, unknown> | null {
  const document = change.after ?? change.before
  if (!document || isDraftId(change.documentId) || isVersionId(change.documentId)) return null
  if (!WEBHOOK_TYPES.has(document._type)) return null
  return { _type: document._type, _id: change.documentId, slug: slugOf(change.after), previousSlug: slugOf(change.before) }
}

/**
 * After each commit, delivers what Sanity's webhook would to the site's /api/revalidate: the same
 * projection, signed with the same secret, through the same route a real project's webhook calls,
 * so a publish in the Studio refreshes exactly the pages it would in production. Deliveries go
 * one at a time, in commit order.
 */
export function createRevalidationNotifier(options: { siteOrigin: string; secret: string }) {
  let queue = Promise.resolve()
  const deliver = async (body: Record<string, unknown>) => {
    const payload = JSON.stringify(body)
    const signature = await encodeSignatureHeader(payload, Date.now(), options.secret)
    const response = await fetch(new URL('/api/revalidate', options.siteOrigin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER_NAME]: signature },
      body: payload,
      signal: AbortSignal.timeout(30_000),
    })
    if (!response.ok) console.warn(`[content-lake] the site refused the revalidation of ${String(body._id)}: HTTP ${response.status}`)
  }
  return (transaction: LakeTransaction) => {
    for (const change of transaction.changes) {
      const body = webhookBody(change)
      if (!body) continue
      queue = queue.then(() =>
        deliver(body).catch((error) =>
          console.warn(`[content-lake] could not reach the site to revalidate ${String(body._id)}: ${(error as Error).message}`),
        ),
      )
    }
    return queue
  }
}
