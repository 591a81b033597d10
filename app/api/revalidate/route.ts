import { handleRevalidationWebhook } from '@/lib/revalidation'

/** Sanity webhook → expire the cache tags a published change touches (see README, "Webhooks"). */
export async function POST(request: Request) {
  const { status, body } = await handleRevalidationWebhook(request)
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
}
