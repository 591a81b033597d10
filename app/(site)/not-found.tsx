import Link from 'next/link'

/**
 * The 404 of a page that calls notFound() after the visitor navigated in the browser (the
 * proxy already answers unknown addresses with the full 404 page, app/global-not-found.tsx).
 * Next.js embeds this tree in every page's payload, so it stays small; the site chrome
 * around it carries the phone number, the crisis lines and the search box.
 */
export default function NotFound() {
  return (
    <div className="container error-page">
      <p className="eyebrow">Error 404</p>
      <h1>We could not find that page</h1>
      <p className="lead">
        It may have moved or been removed. Try the search at the top of the page, or go to the <Link href="/">home page</Link>.
      </p>
    </div>
  )
}
