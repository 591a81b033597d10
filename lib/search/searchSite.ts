import 'server-only'
import { searchContent } from '@/lib/content'
import { matchPatterns, searchExcerpt, type ExcerptPart, type SearchInput } from './query'

export const SEARCH_RESULT_LIMIT = 30

export type SearchHit = {
  id: string
  kind: 'Article' | 'Treatment' | 'Video'
  title: string
  href: string
  excerpt: ExcerptPart[]
  date: string | null
}

const KINDS = {
  post: { kind: 'Article', section: '/blog' },
  treatment: { kind: 'Treatment', section: '/treatments' },
  video: { kind: 'Video', section: '/videos' },
} as const

/** Posts, treatments and videos matching every word, best first, through the one content entry point. */
export async function searchSite(input: SearchInput): Promise<SearchHit[]> {
  if (input.words.length === 0) return []
  const results = await searchContent(matchPatterns(input.words), SEARCH_RESULT_LIMIT)
  return results.flatMap((result): SearchHit[] => {
    const type = KINDS[result._type as keyof typeof KINDS]
    if (!type || !result.slug || !result.title) return []
    // The summary when the words appear in it, else the passage of the text where they do.
    const summary = searchExcerpt(result.summary, input.words)
    const passage = searchExcerpt(result.text, input.words)
    const hasMatch = (parts: ExcerptPart[]) => parts.some((part) => part.highlight)
    const excerpt = hasMatch(summary) || !hasMatch(passage) ? (summary.length > 0 ? summary : passage) : passage
    return [
      {
        id: result._id,
        kind: type.kind,
        title: result.title,
        href: `${type.section}/${result.slug}`,
        excerpt,
        date: result.date,
      },
    ]
  })
}
