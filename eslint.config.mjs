import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'
import regexp from 'eslint-plugin-regexp'
import { defineConfig } from 'eslint/config'
import tseslint from 'typescript-eslint'

/**
 * Lint run by `npm test`: Next.js's own rules (React, hooks, accessibility, Core Web Vitals,
 * typescript-eslint's recommended set) plus a guard of this project's own: no regular
 * expression that can see a request may backtrack or move super-linearly (one form field once
 * stalled the whole server for minutes), so eslint-plugin-regexp's safety rules are errors in
 * everything that serves requests, and catastrophic backtracking is an error everywhere.
 */
const safety = (report) => ({
  'regexp/no-super-linear-backtracking': ['error', { report }],
  'regexp/no-super-linear-move': ['error', { report, ignorePartial: false }],
})

export default defineConfig(
  {
    ignores: [
      'node_modules/**',
      '.next*/**',
      'next-env.d.ts',
      'sanity/types.ts',
      'sanity/extract.json',
      'data/**',
      'public/scripts/contact-form.js',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': ['error', { report: 'certain' }] },
  },
  {
    files: ['app/**', 'components/**', 'lib/**', 'proxy.ts', 'instrumentation.ts', 'sanity/**'],
    rules: safety('potential'),
  },
  {
    // These two render every content image, from this site's own /media route (lib/media), with
    // its intrinsic width and height (no layout shift) and lazy loading. next/image would send
    // them through its optimiser (/_next/image) instead: a second image cache and route to
    // bound against abuse, for images already sized by /media. The staff QR code is a data URL
    // our server drew: nothing to optimise.
    files: ['components/media/SanityImage.tsx', 'components/video/VideoPlayer.tsx', 'components/staff/auth/AuthenticatorKey.tsx'],
    rules: { '@next/next/no-img-element': 'off' },
  },
)
