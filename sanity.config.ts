import { visionTool } from '@sanity/vision'
import { defineConfig } from 'sanity'
import { presentationTool } from 'sanity/presentation'
import { structureTool } from 'sanity/structure'
import { apiVersion, dataset, projectId } from './sanity/env'
import { schemaTypes } from './sanity/schemaTypes'
import { locations, mainDocuments } from './sanity/studio/presentation'
import { SINGLETON_TYPES, structure } from './sanity/studio/structure'

/** Actions that make sense on a singleton: it can be edited and published, never duplicated or deleted. */
const SINGLETON_ACTIONS = new Set(['publish', 'discardChanges', 'restore'])

export default defineConfig({
  name: 'default',
  title: 'Harbor Light Recovery Center',
  basePath: '/studio',
  // The CLI needs a syntactically valid id to extract schemas and generate types offline.
  projectId: projectId || 'offline',
  dataset,
  schema: {
    types: schemaTypes,
    templates: (templates) => templates.filter(({ schemaType }) => !SINGLETON_TYPES.has(schemaType)),
  },
  document: {
    actions: (actions, { schemaType }) =>
      SINGLETON_TYPES.has(schemaType) ? actions.filter(({ action }) => action && SINGLETON_ACTIONS.has(action)) : actions,
    newDocumentOptions: (options) => options.filter(({ templateId }) => !SINGLETON_TYPES.has(templateId)),
  },
  plugins: [
    structureTool({ structure }),
    presentationTool({
      // The Studio is served by the site itself (/studio), so the preview is same-origin.
      previewUrl: { previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' } },
      resolve: { locations, mainDocuments },
    }),
    ...(process.env.NODE_ENV === 'development' ? [visionTool({ defaultApiVersion: apiVersion })] : []),
  ],
})
