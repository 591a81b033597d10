import type { NextConfig } from 'next'
import { PAGE_POST_MAX_BYTES } from './lib/abuse/bodyLimits'
import { usesSharedCache } from './lib/cache/config'
import { securityHeaderRules } from './lib/security/headers'

// Tests and benchmarks build variants (bundled vs. Sanity backend) side by side, each in a folder
// of its own. Next would add each folder's types to tsconfig.json's include list; it leaves a
// tsconfig that extends another alone, so those builds type-check with tsconfig.variant-builds.json.
const distDir = process.env.NEXT_DIST_DIR || '.next'

const nextConfig: NextConfig = {
  distDir,
  typescript: distDir === '.next' ? undefined : { tsconfigPath: 'tsconfig.variant-builds.json' },
  poweredByHeader: false,
  // One id per build, set by whoever deploys (README, "Deploying"): Next.js then tells a browser
  // still holding a page of the previous deployment to reload instead of mixing the two.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  reactStrictMode: true,
  // With REDIS_URL, pages, route responses and the tagged fetch cache live in Redis, shared by
  // every instance, so the webhook's revalidateTag on one instance reaches all (lib/cache);
  // without it, in Next.js's own file-system cache. Either serves content pages without the
  // framework's runtime (lib/cache/documentOnly.mjs). Read when the server starts, so one build
  // serves with or without Redis.
  cacheHandler: require.resolve(usesSharedCache(process.env) ? './lib/cache/redisCacheHandler.mjs' : './lib/cache/fileCacheHandler.mjs'),
  // Native or file-reading packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pdfkit', 'pg', 'ws'],
  // Security headers and the static Content-Security-Policy on every response (see lib/security).
  async headers() {
    return securityHeaderRules({
      development: process.env.NODE_ENV === 'development',
      sanityApiHost: process.env.SANITY_API_HOST || undefined,
    })
  },
  experimental: {
    // The contact form posts a few KB (its fields and the previous form state); Next.js's default
    // is 1 MB. The proxy refuses a longer declared body first (lib/proxy/requestRefusal.ts).
    serverActions: { bodySizeLimit: PAGE_POST_MAX_BYTES },
    // The proxy keeps a copy of each request body it sees (default up to 10 MB); bodies it lets
    // through are at most PAGE_POST_MAX_BYTES, so twice that is room enough.
    proxyClientMaxBodySize: PAGE_POST_MAX_BYTES * 2,
    // Unmatched addresses render app/global-not-found.tsx, a document of its own that is not
    // embedded in every page's payload (see that file).
    globalNotFound: true,
    // forbidden() from next/navigation: a staff page refuses the wrong role with a plain 403 (lib/staff/auth/guard.ts).
    authInterrupts: true,
    // Turbopack's default merges every route's CSS into shared chunks, so an article also
    // downloads the treatment, video, search and home styles. The graph strategy splits CSS a
    // route does not import once it outweighs ~6 KB, a request's assumed cost (bench/README.md).
    cssChunking: { type: 'graph', requestCost: 6000 },
    // Each page's CSS arrives inside its HTML (<style>, not <link>): no render-blocking
    // stylesheet request at all. Measured on the heroin article: HTML 21.1 → 31.3 KB gzip
    // (the RSC payload carries the CSS too) against five stylesheet requests of 6.8 KB gzip,
    // i.e. one round trip (~150 ms on Lighthouse's slow 4G) saved for ~50 ms more transfer.
    // A family lands on one page from a search; a cached stylesheet would only help the next.
    inlineCss: true,
  },
  outputFileTracingIncludes: {
    '/**': ['./seed/**/*'],
    // The article PDF's embedded font (lib/pdf/fonts.ts), read when a PDF is rendered again after a publish.
    '/blog/[slug]/pdf': ['./lib/pdf/fonts/*.ttf'],
  },
}

export default nextConfig
