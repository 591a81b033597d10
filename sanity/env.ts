/**
 * Studio and CLI configuration. These run in the browser and the Sanity CLI, so they read
 * the NEXT_PUBLIC_ variables directly (inlined at build time) rather than lib/config/env.
 * Without a project id the Studio route shows connection instructions instead.
 */
export const projectId = process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || ''
export const dataset = process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || 'production'
export const apiVersion = process.env.NEXT_PUBLIC_SANITY_API_VERSION || '2025-10-01'
