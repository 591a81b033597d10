import { ImageResponse } from 'next/og'

// The browser tab icon, drawn like the clinic's logo (app/logo.png) and built once; without
// it every browser asks for /favicon.ico and logs a 404.
export const size = { width: 64, height: 64 }
export const contentType = 'image/png'

export default function Icon() {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#12324a',
        borderRadius: 12,
      }}
    >
      <div
        style={{
          width: 40,
          height: 40,
          borderRadius: 20,
          border: '5px solid #f2c14e',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        <div style={{ width: 12, height: 12, borderRadius: 6, background: '#ffffff' }} />
      </div>
    </div>,
    size,
  )
}
