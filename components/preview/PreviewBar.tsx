/**
 * The bar's styles travel with it, so visitors' pages never download them: React hoists this
 * <style> into <head> only when an editor's preview renders the bar.
 */
const PREVIEW_BAR_CSS = `
.preview-bar{position:sticky;top:0;z-index:1000;display:flex;flex-wrap:wrap;align-items:center;justify-content:center;gap:var(--space-2) var(--space-4);padding:var(--space-2) var(--space-4);background:var(--warning-tint);color:var(--ink);border-bottom:2px solid var(--warning);font:600 var(--step--1)/1.4 var(--font-sans)}
.preview-bar__exit{display:inline-block;min-height:2.75rem;padding:.6rem 1rem;border-radius:999px;background:var(--navy);color:#fff;text-decoration:none;line-height:1.6}
.preview-bar__exit:hover{background:var(--navy-deep)}
.preview-bar__exit:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
`

/**
 * Tells an editor, on every page, that they are looking at unpublished drafts. Plain HTML:
 * "Exit preview" returns to the same page through the disable route (it reads the Referer).
 */
export function PreviewBar() {
  return (
    <aside className="preview-bar" aria-label="Preview mode">
      <style href="preview-bar" precedence="default">
        {PREVIEW_BAR_CSS}
      </style>
      <span>Preview mode — you are seeing unpublished drafts. Visitors see the published site.</span>
      <a className="preview-bar__exit" href="/api/draft-mode/disable">
        Exit preview
      </a>
    </aside>
  )
}
