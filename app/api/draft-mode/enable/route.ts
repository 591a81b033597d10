import { enableDraftModeFromStudio } from '@/lib/preview'

/** Called by the Studio's Presentation tool with a short-lived secret; anything else is refused. */
export function GET(request: Request) {
  return enableDraftModeFromStudio(request)
}
