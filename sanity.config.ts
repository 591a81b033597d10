import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { structureTool } from 'sanity/structure'
import { apiVersion, dataset, projectId } from './sanity/env'
import { schemaTypes } from './sanity/schemaTypes'

export default defineConfig({
  name: 'default',
  title: 'Harbor Light Recovery Center',
  basePath: '/studio',
  // The CLI needs a syntactically valid id to extract schemas and generate types offline.
  projectId: projectId || 'offline',
  dataset,
  schema: { types: schemaTypes },
  plugins: [structureTool(), ...(process.env.NODE_ENV === 'development' ? [visionTool({ defaultApiVersion: apiVersion })] : [])],
})
