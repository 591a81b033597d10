import { z } from 'zod'
import { ConfigError } from '@/lib/configError'

/**
 * Security configuration. Not `server-only`: proxy.ts and next.config.ts read it too.
 *
 * CSP_CONTENT_PAGES chooses the script policy of the prerendered content pages:
 * - `static` (default): pages stay prerendered and cacheable; scripts limited to the site's
 *   own origin plus 'unsafe-inline' for Next.js's inline bootstrap.
 * - `nonce`: every page is rendered per request with a nonce and 'strict-dynamic'.
 * /contact always uses a nonce. The value must be the same at build and at start, because
 * it decides at build time whether pages are prerendered.
 */
const schema = z.object({
  CSP_CONTENT_PAGES: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.enum(['static', 'nonce'], { error: 'must be "static" or "nonce" (see README, "CSP decision")' }).default('static'),
  ),
})

export type SecurityConfig = z.infer<typeof schema>

export function parseSecurityConfig(source: Record<string, string | undefined>): SecurityConfig {
  const result = schema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')} ${issue.message}`)
    throw new ConfigError(`Invalid configuration. Fix these environment variables (see .env.example):\n${lines.join('\n')}`)
  }
  return result.data
}

let cached: SecurityConfig | undefined

export function securityConfig(): SecurityConfig {
  cached ??= parseSecurityConfig({ CSP_CONTENT_PAGES: process.env.CSP_CONTENT_PAGES })
  return cached
}
