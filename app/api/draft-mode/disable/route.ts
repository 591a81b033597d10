import { disableDraftMode } from '@/lib/preview'

/** The preview bar's "Exit preview" link and the Presentation tool's disable call. */
export function GET(request: Request) {
  return disableDraftMode(request)
}
