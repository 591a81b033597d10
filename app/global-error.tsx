'use client'

import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES } from '@/lib/content/clinicContact'
import { phoneHref } from '@/lib/format/phone'

/**
 * Last resort when even the root layout fails: its own document, inline styles only,
 * and the numbers a visitor may urgently need.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif', color: '#18252f', background: '#fffdfa', lineHeight: 1.6 }}>
        <title>{`Something went wrong | ${FALLBACK_CLINIC.clinicName}`}</title>
        <main style={{ maxWidth: '40rem', margin: '0 auto', padding: '3rem 1.25rem' }}>
          <p style={{ fontWeight: 700, color: '#0b5f66' }}>{FALLBACK_CLINIC.clinicName}</p>
          <h1 style={{ color: '#12324a', lineHeight: 1.2 }}>Sorry, something went wrong</h1>
          <p>Please try again in a moment. If you would like to talk to someone, our admissions line is answered 24 hours a day.</p>
          <p>
            <a href={phoneHref(FALLBACK_CLINIC.phoneE164)} style={{ color: '#0b5f66', fontWeight: 700, fontSize: '1.25rem' }}>
              Call {FALLBACK_CLINIC.phone}
            </a>
          </p>
          <p>
            <button type="button" onClick={() => retry()} style={{ font: 'inherit', padding: '0.625rem 1.25rem', minHeight: '2.75rem' }}>
              Try again
            </button>
          </p>
          <h2 style={{ color: '#12324a', fontSize: '1.25rem' }}>If you need help now</h2>
          <ul>
            {FALLBACK_CRISIS_LINES.map((line) => (
              <li key={line.key}>
                {line.name}:{' '}
                <a href={phoneHref(line.phone)} style={{ color: '#0b5f66' }}>
                  call {line.phone}
                </a>
                {line.sms ? (
                  <>
                    {' '}
                    or{' '}
                    <a href={phoneHref(line.sms, 'sms')} style={{ color: '#0b5f66' }}>
                      text {line.sms}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>
  )
}
