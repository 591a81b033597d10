import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { PostCard } from '@/components/cards/PostCard'
import { CallCard } from '@/components/cta/CallCard'
import { ContactCta } from '@/components/cta/ContactCta'
import { SanityImage } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { RichText } from '@/components/portable-text/RichText'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { getLatestPosts, getPost, getRelatedPosts, getSiteSettings, postSlugParams } from '@/lib/content'
import { extractHeadings } from '@/lib/content/headings'
import type { RichTextBlock } from '@/lib/content/portableText'
import { formatDate, isoDate } from '@/lib/format/dates'
import { readingTimeMinutes } from '@/lib/format/readingTime'
import { breadcrumbJsonLd, JsonLdScript, pageMetadata, postJsonLd } from '@/lib/seo'
// The article-only components come last, next to the page's own styles: their CSS can then
// share one stylesheet with it instead of arriving as separate files (CSS keeps import order).
import { ArticleMeta } from '@/components/blog/ArticleMeta'
import { SourcesList } from '@/components/blog/SourcesList'
import { TableOfContents } from '@/components/blog/TableOfContents'
import styles from './post.module.css'
import { articlePdfPath, contentPath } from '@/lib/routes/contentAddresses'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return postSlugParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [post, settings] = await Promise.all([getPost((await params).slug), getSiteSettings()])
  if (!post) return { title: 'Article not found' }
  return pageMetadata({
    site: settings,
    title: post.title || 'Article',
    seoTitle: post.seo?.title,
    description: post.excerpt,
    seoDescription: post.seo?.description,
    path: contentPath('post', post.slug),
    hasOwnImage: true,
    type: 'article',
    publishedTime: post.publishedAt,
    modifiedTime: post._updatedAt,
    authors: [post.author?.name],
    section: post.categories?.[0]?.title,
    tags: post.categories?.map((category) => category.title),
  })
}

export default async function PostPage({ params }: Props) {
  const { slug } = await params
  const post = await getPost(slug)
  if (!post || !post.slug) notFound()

  const categoryIds = (post.categories ?? []).map((category) => category._id)
  const [settings, related, latest] = await Promise.all([
    getSiteSettings(),
    getRelatedPosts(post._id, categoryIds),
    getLatestPosts(post.slug, 4),
  ])

  const body = (post.body ?? []) as RichTextBlock[]
  const headings = extractHeadings(body)
  const primaryCategory = post.categories?.[0]

  return (
    <article className={styles.article}>
      <JsonLdScript data={postJsonLd(post)} />
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/blog' },
          ...(primaryCategory?.slug && primaryCategory.title
            ? [{ name: primaryCategory.title, path: `/blog/category/${primaryCategory.slug}` }]
            : []),
          { name: post.title ?? 'Article', path: contentPath('post', post.slug) },
        ])}
      />
      <div className={`container ${styles.layout}`}>
        <div className={styles.main}>
          <header className={styles.header}>
            <Breadcrumbs
              items={[
                { label: 'Home', href: '/' },
                { label: 'Articles', href: '/blog' },
                ...(primaryCategory?.slug && primaryCategory.title
                  ? [{ label: primaryCategory.title, href: `/blog/category/${primaryCategory.slug}` }]
                  : []),
              ]}
            />
            <h1 className={styles.title}>{post.title}</h1>
            {post.excerpt ? <p className={`lead ${styles.excerpt}`}>{post.excerpt}</p> : null}
            <ArticleMeta
              author={post.author}
              reviewer={post.medicalReviewer}
              publishedAt={post.publishedAt}
              lastReviewedAt={post.lastReviewedAt}
              readingMinutes={readingTimeMinutes(body)}
            />
          </header>
          {post.mainImage?.ref ? (
            <figure className={styles.figure}>
              <SanityImage image={post.mainImage} priority {...IMAGE_SLOTS.articleColumn} />
              {post.mainImage.caption ? <figcaption>{post.mainImage.caption}</figcaption> : null}
            </figure>
          ) : null}
          <TableOfContents headings={headings} className={styles.toc} />
          <RichText value={body} className={styles.body} />
          <SourcesList sources={post.sources} />
          <p className={styles.download}>
            <a href={articlePdfPath(post.slug)} type="application/pdf">
              Download this article (PDF)
            </a>
          </p>
          <ContactCta
            variant="box"
            phone={settings.phone}
            phoneE164={settings.phoneE164}
            heading="Questions about what you have read?"
            text="Our admissions team can talk it through with you — confidentially, and with no obligation. Call any time, or send a message and we will call you back."
          />
        </div>

        <div className={styles.side}>
          <CallCard phone={settings.phone} phoneE164={settings.phoneE164} />
          {latest.length > 0 ? (
            <aside aria-labelledby="latest-heading" className={styles.latest}>
              <h2 id="latest-heading" className={styles.sideHeading}>
                Latest posts
              </h2>
              <ul className={styles.latestList}>
                {latest.map((item) => (
                  <li key={item._id}>
                    <Link href={contentPath('post', item.slug)}>{item.title}</Link>
                    {item.publishedAt ? (
                      <time dateTime={isoDate(item.publishedAt) ?? undefined}>{formatDate(item.publishedAt)}</time>
                    ) : null}
                  </li>
                ))}
              </ul>
            </aside>
          ) : null}
        </div>
      </div>

      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className={`section section--sand ${styles.related}`}>
          <div className="container">
            <h2 id="related-heading">Related articles</h2>
            <ul className="card-grid">
              {related.map((item) => (
                <li key={item._id}>
                  <PostCard post={item} />
                </li>
              ))}
            </ul>
          </div>
        </section>
      ) : null}
    </article>
  )
}
