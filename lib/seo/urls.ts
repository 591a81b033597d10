import { siteUrl } from '@/lib/config/env'

/** Absolute URL on the configured site (SITE_URL), never derived from the request's Host header. */
export function absoluteUrl(path: string): string {
  return siteUrl(path)
}

export function siteOrigin(): string {
  return new URL(siteUrl('/')).origin
}
