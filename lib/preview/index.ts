export { isDraftModeEnabled, previewPerspective } from './draftMode'
export { fetchPreviewFromContentLake, sanityLive } from './live'
export { disableDraftMode, enableDraftModeFromStudio } from './routes'
export { safeReturnPath } from './returnPath'
