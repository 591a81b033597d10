import 'server-only'
import { revalidateTag } from 'next/cache'
import { SIGNATURE_HEADER_NAME } from '@sanity/webhook'
import { readBodyLimited } from '@/lib/abuse/readBodyLimited'
import { z } from 'zod'
import { announceContentChange } from '@/lib/cache/contentChanges'
import { publishedChangeVisible } from '@/lib/content'
import { clearProxyTables } from '@/lib/proxy/tables'
import { revalidationSecret } from './config'
import { tagsForChange } from './tagsForChange'
import { verifySanityWebhook } from './verifyWebhook'
import { createReplayGuard } from './replayGuard'

/**
 * How long a delivery waits for Sanity's CDN to show the change before expiring anyway (Sanity
 * waits 30 s for a webhook's answer; the CDN usually catches up within a few seconds).
 */
const CDN_CONSISTENCY_TIMEOUT_MS = 10_000

/** Sanity's projection is a few hundred bytes; anything much larger is not a delivery of ours. */
export const WEBHOOK_MAX_BODY_BYTES = 16 * 1024

const changeSchema = z.object({
  _type: z.string().min(1),
  _id: z.string().optional(),
  slug: z.string().nullish(),
  previousSlug: z.string().nullish(),
})

const replayGuard = createReplayGuard()

export type WebhookResult = { status: number; body: { message: string; revalidated?: string[] } }

/**
 * Handles a Sanity webhook delivery: refuses anything unsigned, forged or stale (fail closed,
 * also when the secret is not configured), then expires the cache tags the change touches
 * so the next request renders fresh content.
 */
export async function handleRevalidationWebhook(request: Request): Promise<WebhookResult> {
  const config = revalidationSecret()
  if (config.secret === undefined) {
    console.error(`[revalidate] ${config.problem}`)
    return { status: 503, body: { message: config.problem } }
  }

  // Cut off while streaming, before any signature work: a huge or chunked body costs nothing.
  const received = await readBodyLimited(request, WEBHOOK_MAX_BODY_BYTES)
  if (!received.ok) return { status: 413, body: { message: `Body too large (the limit is ${WEBHOOK_MAX_BODY_BYTES} bytes).` } }
  const rawBody = new TextDecoder().decode(received.bytes)

  const signature = request.headers.get(SIGNATURE_HEADER_NAME)
  const verdict = await verifySanityWebhook(rawBody, signature, config.secret)
  if (!verdict.ok) return { status: verdict.status, body: { message: verdict.message } }
  if (!(await replayGuard.firstUse(signature!.trim()))) {
    return { status: 401, body: { message: 'This delivery was already received; a replayed delivery is refused.' } }
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(rawBody)
  } catch {
    return { status: 400, body: { message: 'Body is not JSON.' } }
  }
  const change = changeSchema.safeParse(parsed)
  if (!change.success) {
    return { status: 400, body: { message: 'Body must be the webhook projection {_type, _id, slug, previousSlug}.' } }
  }

  // Expired before the CDN has the change, the next render would cache the old version again.
  if (change.data._id && !(await publishedChangeVisible(change.data._id, CDN_CONSISTENCY_TIMEOUT_MS))) {
    console.warn(
      `[revalidate] the CDN did not show ${change.data._id} as published within ${CDN_CONSISTENCY_TIMEOUT_MS} ms; expiring anyway`,
    )
  }
  const expired = tagsForChange(change.data)
  // `expire: 0`: stale content is never served again, so the very next request is fresh
  // ('max' would serve the old page once more while regenerating in the background).
  // With a shared cache (REDIS_URL) the expiry is written to Redis, where every instance reads it.
  for (const tag of expired) revalidateTag(tag, { expire: 0 })
  clearProxyTables()
  await announceContentChange()
  return { status: 200, body: { message: 'Revalidated.', revalidated: expired } }
}
