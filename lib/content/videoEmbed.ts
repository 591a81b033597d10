/**
 * Where a video plays. Nothing is requested from the provider until the visitor presses
 * play; then YouTube loads from its no-cookie domain and Vimeo with Do Not Track.
 */
export type VideoEmbed = {
  provider: 'youtube' | 'vimeo'
  id: string
  /** The iframe URL, only loaded after a click. */
  embedUrl: string
  /** The provider's own page, for visitors without JavaScript. */
  watchUrl: string
  providerName: 'YouTube' | 'Vimeo'
}

const YOUTUBE_ID = /^[\w-]{6,20}$/
const VIMEO_ID = /^\d{3,12}$/

export function parseVideoUrl(value: string | null | undefined): VideoEmbed | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:') return null
  const host = url.hostname.replace(/^www\./, '')
  let youtubeId: string | null = null
  if (host === 'youtube.com' || host === 'm.youtube.com') youtubeId = url.searchParams.get('v')
  else if (host === 'youtu.be') youtubeId = url.pathname.slice(1).split('/')[0]
  if (youtubeId !== null) {
    if (!YOUTUBE_ID.test(youtubeId)) return null
    return {
      provider: 'youtube',
      id: youtubeId,
      embedUrl: `https://www.youtube-nocookie.com/embed/${youtubeId}?autoplay=1&cc_load_policy=1`,
      watchUrl: `https://www.youtube.com/watch?v=${youtubeId}`,
      providerName: 'YouTube',
    }
  }
  if (host === 'vimeo.com') {
    const vimeoId = url.pathname.slice(1).split('/')[0]
    if (!VIMEO_ID.test(vimeoId)) return null
    return {
      provider: 'vimeo',
      id: vimeoId,
      embedUrl: `https://player.vimeo.com/video/${vimeoId}?dnt=1`,
      watchUrl: `https://vimeo.com/${vimeoId}`,
      providerName: 'Vimeo',
    }
  }
  return null
}
