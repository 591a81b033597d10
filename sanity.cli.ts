import { defineCliConfig } from 'sanity/cli'

export default defineCliConfig({
  api: {
    projectId: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID || 'offline',
    dataset: process.env.NEXT_PUBLIC_SANITY_DATASET || process.env.SANITY_STUDIO_DATASET || 'production',
  },
  typegen: {
    path: './{app,components,lib,sanity}/**/*.{ts,tsx}',
    schema: './sanity/extract.json',
    generates: './sanity/types.ts',
    overloadClientMethods: true,
  },
})
