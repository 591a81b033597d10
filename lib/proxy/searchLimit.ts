import 'server-only'
import { NextResponse, type NextRequest } from 'next/server'
import { consumeRouteLimit, ROUTE_LIMITS } from '@/lib/abuse/routeLimits'
import { phoneHref } from '@/lib/format/phone'
import { contactLinesTable, type ContactLines } from './tables'

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
  return new NextResponse(tooManySearchesHtml(decision.retryAfterSeconds, await contactLinesTable.get()), {
    status: 429,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(decision.retryAfterSeconds),
      'Cache-Control': 'no-store',
    },
  })
}
