/** Only a path on this site: `//host` and `/\host` would send the editor elsewhere. */
export function safeReturnPath(candidate: string | null): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/'
  return candidate
}
