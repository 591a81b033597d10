import { ImageResponse } from 'next/og'
import { stegaClean } from '@sanity/client/stega'
import { textForBundledFont } from './ogText'

export const OG_IMAGE_SIZE = { width: 1200, height: 630 }
export const OG_IMAGE_CONTENT_TYPE = 'image/png'

export type OgImageInput = {
  clinicName: string
  title: string
  /** A short label above the title, e.g. "Article" or "Treatment". */
  kind?: string
  /** The clinic's tagline, at the foot of the card. */
  tagline?: string | null
}

/**
 * The shared card: clinic name, kind and title on the site's calm blue. Rendered with
 * next/og's bundled font only (see ogText.ts), so generating it makes no network request.
 * Text read in an editor's preview loses its invisible edit links first.
 */
export function renderOgImage(input: OgImageInput): ImageResponse {
  const { clinicName, title, kind, tagline } = stegaClean(input)
  const safeTitle = textForBundledFont(title, 110)
  const titleSize = safeTitle.length > 70 ? 56 : safeTitle.length > 40 ? 66 : 78
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#0f3b57',
        color: '#ffffff',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, color: '#d6ecf5' }}>
        <div style={{ width: 22, height: 22, borderRadius: 11, background: '#f2c14e', marginRight: 20 }} />
        {textForBundledFont(clinicName, 60)}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {kind ? (
          <div style={{ fontSize: 30, color: '#f2c14e', marginBottom: 20, textTransform: 'uppercase', letterSpacing: 2 }}>
            {textForBundledFont(kind, 40)}
          </div>
        ) : null}
        <div style={{ fontSize: titleSize, lineHeight: 1.15, maxWidth: 1040 }}>{safeTitle}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 26, color: '#d6ecf5' }}>{tagline ? textForBundledFont(tagline, 80) : ''}</div>
    </div>,
    OG_IMAGE_SIZE,
  )
}
