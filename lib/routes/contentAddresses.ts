import { normalizePath } from './normalizePath'

/**
 * The addresses content is published at, declared once for the folders of app/(site):
 *
 *   /blog/[slug]                       an article, with its files /pdf and /opengraph-image-<suffix>
 *   /blog/page/[n]                     the blog list, page n ≥ 2 (page 1 is /blog)
 *   /blog/category/[slug]              a category's list, page 1
 *   /blog/category/[slug]/page/[n]     a category's list, page n ≥ 2
 *   /treatments/[slug]                 a treatment, with its /opengraph-image-<suffix>
 *   /videos/[slug]                     a video, with its /opengraph-image-<suffix>
 *
 * Pages can build their links with the path builders; the proxy reads a request's path with
 * `readContentAddress`, so its 404 step answers for exactly the addresses the pages serve.
 */

/** The section each kind of content document is published under. */
const SECTIONS = { post: 'blog', treatment: 'treatments', video: 'videos' } as const

export type ContentKind = keyof typeof SECTIONS

const CATEGORY_SEGMENT = 'category'
const PAGE_SEGMENT = 'page'

/**
 * An article's, treatment's or video's page. The slug is typed as TypeGen types it (nullable),
 * though every query that lists documents keeps only those with a slug.
 */
export const contentPath = (kind: ContentKind, slug: string | null | undefined): string => `/${SECTIONS[kind]}/${slug}`

/** An article as a PDF. */
export const articlePdfPath = (slug: string | null | undefined): string => `${contentPath('post', slug)}/pdf`

/** A blog list page (all articles when `category` is null); page 1 is the list's own address. */
export function blogListPath(page: number, category: string | null = null): string {
  const base = category ? `/${SECTIONS.post}/${CATEGORY_SEGMENT}/${category}` : `/${SECTIONS.post}`
  return page <= 1 ? base : `${base}/${PAGE_SEGMENT}/${page}`
}

/** A page number from a URL segment: only plain positive integers ("2", not "02", "2.0" or "-1"). */
export function parsePageNumber(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) ? Number(segment) : null
}

/** What a content address names. */
export type ContentAddress =
  /** A document's page, or (`file`) a file drawn from it: an article's PDF, an Open Graph image. */
  | { kind: ContentKind; slug: string; file: boolean }
  /** A blog list page; `page` is null when the segment is not a page number. */
  | { kind: 'blogList'; category: string | null; page: number | null }

/** Which kind of document a section holds (the reverse of SECTIONS). */
const KIND_OF_SECTION = new Map(Object.entries(SECTIONS).map(([kind, section]) => [section as string, kind as ContentKind]))

/** A cheap first look at the path as sent: only these sections have content addresses. */
const IN_A_CONTENT_SECTION = new RegExp(`^/(${Object.values(SECTIONS).join('|')})/[^/]`)

/**
 * `/page/<n>` of a list. Its `/page/1` is no address of its own (the page redirects to the
 * list's, blogListPath(1, category)), so it is not read as one.
 */
function listPage(category: string | null, segment: string): ContentAddress | null {
  return segment === '1' ? null : { kind: 'blogList', category, page: parsePageNumber(segment) }
}

/** The segments after /blog/ of `/blog/page/<n>`, `/blog/category/<slug>` or `/blog/category/<slug>/page/<n>`. */
function readBlogList(segments: string[]): ContentAddress | null {
  const [first, second, third, fourth] = segments
  if (first === PAGE_SEGMENT && segments.length === 2) return listPage(null, second)
  if (first === CATEGORY_SEGMENT && segments.length === 2) return { kind: 'blogList', category: second, page: 1 }
  if (first === CATEGORY_SEGMENT && segments.length === 4 && third === PAGE_SEGMENT) return listPage(second, fourth)
  return null
}

/**
 * The content a path names, compared as normalizePath spells it, or null for any other path
 * (including a document's deeper paths, which no route serves).
 */
export function readContentAddress(pathname: string): ContentAddress | null {
  if (!IN_A_CONTENT_SECTION.test(pathname)) return null
  const [section, ...rest] = normalizePath(pathname).split('/').slice(1)
  if (section === SECTIONS.post && (rest[0] === PAGE_SEGMENT || rest[0] === CATEGORY_SEGMENT)) return readBlogList(rest)
  const kind = KIND_OF_SECTION.get(section)
  if (kind === undefined || rest.length > 2) return null
  return { kind, slug: rest[0], file: rest.length === 2 }
}
