import { ImageResponse } from 'next/og'

// The clinic's mark for structured data (MedicalClinic.logo): drawn, not fetched, and built once.
export const dynamic = 'force-static'

export function GET() {
  return new ImageResponse(
    <div style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#12324a' }}>
      <div
        style={{
          width: 300,
          height: 300,
          borderRadius: 150,
          border: '28px solid #f2c14e',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        <div style={{ width: 90, height: 90, borderRadius: 45, background: '#ffffff' }} />
      </div>
    </div>,
    { width: 512, height: 512 },
  )
}
