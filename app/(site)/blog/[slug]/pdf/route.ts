import { getPost, getSiteSettings, postSlugParams } from '@/lib/content'
import { siteUrl } from '@/lib/config/env'
import { articlePdfInput, renderArticlePdf } from '@/lib/pdf'
import { contentPath } from '@/lib/routes/contentAddresses'

type Context = { params: Promise<{ slug: string }> }

// Prerendered at build for every post, so a download costs nothing per request.
export const dynamic = 'force-static'

export async function generateStaticParams() {
  return postSlugParams()
}

/** Header values must be ASCII; a non-ASCII slug also gets the RFC 6266 UTF-8 form. */
function attachmentHeader(slug: string): string {
  const ascii = slug.replace(/[^\w.-]/g, '-')
  const header = `attachment; filename="${ascii}.pdf"`
  return ascii === slug ? header : `${header}; filename*=UTF-8''${encodeURIComponent(slug)}.pdf`
}

export async function GET(_request: Request, { params }: Context) {
  const { slug } = await params
  const post = await getPost(slug)
  if (!post?.slug) {
    return new Response('Article not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const settings = await getSiteSettings()
  const pdf = await renderArticlePdf(articlePdfInput(post, settings, siteUrl(contentPath('post', post.slug))))
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': attachmentHeader(post.slug),
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
