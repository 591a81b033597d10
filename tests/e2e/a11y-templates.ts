import { documentsOfType } from '@/tests/support/seed'

/** One URL per page template, shared by the accessibility and privacy checks. */
export function pageTemplates(): Array<{ name: string; path: string; status?: number }> {
  return [
    { name: 'home', path: '/' },
    { name: 'article list', path: '/blog' },
    { name: 'article', path: `/blog/${documentsOfType('post')[0].slug.current}` },
    { name: 'treatment list', path: '/treatments' },
    { name: 'treatment', path: `/treatments/${documentsOfType('treatment')[0].slug.current}` },
    { name: 'video list', path: '/videos' },
    { name: 'video', path: `/videos/${documentsOfType('video')[0].slug.current}` },
    { name: 'contact', path: '/contact' },
    { name: 'privacy', path: '/privacy' },
    { name: 'search results', path: '/search?q=withdrawal' },
    { name: 'not found', path: '/this-page-does-not-exist', status: 404 },
  ]
}
