import 'server-only'
import { NextResponse, type NextRequest } from 'next/server'
import { consumeRouteLimit, ROUTE_LIMITS } from '@/lib/abuse/routeLimits'
import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES, type CrisisLine } from '@/lib/content/clinicContact'
import { phoneHref } from '@/lib/format/phone'
import { getSiteSettings } from '@/lib/content/siteSettings'
import { processWideTable } from '@/lib/proxy/processWideTable'

type ContactLines = { clinicName: string; phone: string; phoneE164: string; crisisLines: readonly CrisisLine[] }

/** The numbers the refusal page shows, kept in memory briefly so a flood of refusals reads nothing. */
const contactLines = processWideTable<ContactLines>({
  key: 'harbor-light.search-limit-contact',
  label: 'search-limit',
  ttlMs: 60_000,
  retryAfterFailureMs: 10_000,
  fallback: { ...FALLBACK_CLINIC, crisisLines: FALLBACK_CRISIS_LINES },
  load: async () => {
    const { clinicName, phone, phoneE164, crisisLines } = await getSiteSettings()
    return { clinicName, phone, phoneE164, crisisLines }
  },
})

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)

/** A small page without scripts or styles: it says when to try again and still offers every number. */
export function tooManySearchesHtml(retryAfterSeconds: number, contact: ContactLines): string {
  const lines = contact.crisisLines
    .map((line) => {
      const sms = line.sms ? ` or <a href="${escapeHtml(phoneHref(line.sms, 'sms'))}">text ${escapeHtml(line.sms)}</a>` : ''
      return `<li><strong>${escapeHtml(line.name)}</strong>: <a href="${escapeHtml(phoneHref(line.phone))}">call ${escapeHtml(line.phone)}</a>${sms}</li>`
    })
    .join('')
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Please wait a moment — ${escapeHtml(contact.clinicName)}</title></head>
<body><main>
<h1>Please wait a moment before searching again</h1>
<p>We received a lot of searches from your connection in a short time. Please try again in ${retryAfterSeconds} seconds, or <a href="/">go to the home page</a>.</p>
<p>To talk to someone at ${escapeHtml(contact.clinicName)} now, call <a href="${escapeHtml(phoneHref(contact.phoneE164))}">${escapeHtml(contact.phone)}</a>.</p>
<h2>If you are in crisis</h2>
<ul>${lines}</ul>
</main></body></html>`
}

/**
 * The proxy's search limit: searches with a query (each a full-text match over the content)
 * are counted per address and refused with 429 and Retry-After past the limit, at once.
 * The search form itself (/search without a query) is never limited.
 */
export async function searchLimitResponse(request: NextRequest): Promise<NextResponse | null> {
  if (request.nextUrl.pathname !== '/search' || !request.nextUrl.searchParams.get('q')?.trim()) return null
  const decision = await consumeRouteLimit(ROUTE_LIMITS.search, request.headers)
  if (decision.allowed) return null
  return new NextResponse(tooManySearchesHtml(decision.retryAfterSeconds, await contactLines.get()), {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(decision.retryAfterSeconds),
      'Cache-Control': 'no-store',
    },
  })
}
