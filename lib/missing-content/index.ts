import 'server-only'
import { getContentRoutes, type ContentRoutes } from '@/lib/content'
import { processWideTable } from '@/lib/proxy/processWideTable'
import { mayBeContentPath, missingContent, type MissingContent } from './routeTable'

/**
 * Where content lives, kept in memory like the redirect list and cleared by the same
 * webhook. When it cannot be loaded, the check stands aside (null) and pages answer for
 * themselves.
 */
const contentRoutes = processWideTable<ContentRoutes | null>({
  key: 'harbor-light.content-routes',
  label: 'missing-content',
  ttlMs: 60_000,
  retryAfterFailureMs: 10_000,
  fallback: null,
  load: getContentRoutes,
})

/** Whether the path is a page ('page') or a file ('file') of content that is not published, else null. */
export async function findMissingContent(pathname: string): Promise<MissingContent> {
  if (!mayBeContentPath(pathname)) return null
  const routes = await contentRoutes.get()
  return routes === null ? null : missingContent(pathname, routes)
}

/** True when the path is an article, treatment, video or list page that has no published content. */
export async function isMissingContentPage(pathname: string): Promise<boolean> {
  return (await findMissingContent(pathname)) === 'page'
}

/** Forgets the cached table (the webhook calls this when content is published or removed). */
export function clearContentRoutesCache(): void {
  contentRoutes.clear()
}
