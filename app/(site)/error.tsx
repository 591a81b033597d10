'use client'

import { CrisisLinesList } from '@/components/site/CrisisLines'
import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES } from '@/lib/content/clinicContact'
import { phoneHref } from '@/lib/format/phone'

/**
 * Shown inside the site chrome when a page fails to render. Content may be what failed,
 * so the phone number and crisis lines come from the static fallback, not from Sanity.
 */
export default function SiteError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="container error-page">
      <h1>Sorry, this page did not load</h1>
      <p className="lead">Something went wrong on our side. Please try again in a moment.</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <a className="button button--secondary" href={phoneHref(FALLBACK_CLINIC.phoneE164)}>
          Call us: {FALLBACK_CLINIC.phone}
        </a>
      </p>
      <section aria-labelledby="error-crisis" className="error-page__crisis">
        <h2 id="error-crisis">If you need help now</h2>
        <CrisisLinesList lines={FALLBACK_CRISIS_LINES} />
      </section>
    </div>
  )
}
