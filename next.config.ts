import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests and benchmarks build variants (bundled vs. Sanity backend) side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or file-reading packages stay outside the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pdfkit', 'pg'],
  outputFileTracingIncludes: {
    '/**': ['./seed/**/*'],
  },
}

export default nextConfig
