import { z } from 'zod'
import { blankAsUnset, defineConfig } from '@/lib/config/define'

/**
 * Security configuration. Not `server-only`: proxy.ts reads it too.
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
    blankAsUnset,
    z.enum(['static', 'nonce'], { error: 'must be "static" or "nonce" (see README, "CSP decision")' }).default('static'),
  ),
})

export type SecurityConfig = z.infer<typeof schema>

export const securityConfig = defineConfig('configuration', schema)

export const parseSecurityConfig = securityConfig.parse
