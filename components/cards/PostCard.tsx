import Link from 'next/link'
import { SanityImage, type ImageValue } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { formatDate, isoDate } from '@/lib/format/dates'
import styles from './Card.module.css'
import { contentPath } from '@/lib/routes/contentAddresses'

export type PostCardData = {
  _id: string
  title: string | null
  slug: string | null
  excerpt: string | null
  publishedAt: string | null
  mainImage: ImageValue
  categories: { title: string | null; slug: string | null }[] | null
}

export function PostCard({ post, headingLevel = 'h3' }: { post: PostCardData; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  const category = post.categories?.[0]?.title
  return (
    <article className={styles.card}>
      <div className={styles.body}>
        <Heading className={styles.title}>
          <Link href={contentPath('post', post.slug)}>{post.title}</Link>
        </Heading>
        <p className={styles.meta}>
          {category ? <span>{category} · </span> : null}
          {post.publishedAt ? <time dateTime={isoDate(post.publishedAt) ?? undefined}>{formatDate(post.publishedAt)}</time> : null}
        </p>
        {post.excerpt ? <p className={styles.summary}>{post.excerpt}</p> : null}
      </div>
      {post.mainImage?.ref ? (
        <div className={styles.media}>
          <SanityImage image={{ ...post.mainImage, alt: '' }} {...IMAGE_SLOTS.card} />
        </div>
      ) : null}
    </article>
  )
}
