import { PostCard } from '@/components/cards/PostCard'
import type { PostListing } from '@/lib/content'
import { blogListPath } from '@/lib/routes/contentAddresses'
import { breadcrumbJsonLd, JsonLdScript } from '@/lib/seo'
import { CategoryFilter } from './CategoryFilter'
import { Pagination } from './Pagination'
import styles from './PostListingView.module.css'

export function listingTitle(listing: Pick<PostListing, 'category' | 'page'>): string {
  const base = listing.category?.title ? `${listing.category.title}: articles` : 'Articles'
  return listing.page > 1 ? `${base} (page ${listing.page})` : base
}

export function PostListingView({ listing }: { listing: PostListing }) {
  const categorySlug = listing.category?.slug ?? null
  return (
    <div className={`container ${styles.listing}`}>
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Articles', path: '/blog' },
          ...(listing.category?.title ? [{ name: listing.category.title, path: blogListPath(1, categorySlug) }] : []),
          ...(listing.page > 1 ? [{ name: `Page ${listing.page}`, path: blogListPath(listing.page, categorySlug) }] : []),
        ])}
      />
      <header className={styles.header}>
        <p className="eyebrow">Articles</p>
        <h1>{listing.category?.title ?? 'Articles about addiction, treatment and recovery'}</h1>
        <p className="lead">
          {listing.category?.description ??
            'Clear, compassionate information written by our team and reviewed by our clinicians — for people who use substances and for the people who love them.'}
        </p>
        {listing.totalPages > 1 ? (
          <p className="muted">
            Page {listing.page} of {listing.totalPages}
          </p>
        ) : null}
      </header>
      <CategoryFilter categories={listing.categories} current={categorySlug} />
      {listing.posts.length > 0 ? (
        <ul className="card-grid">
          {listing.posts.map((post) => (
            <li key={post._id}>
              <PostCard post={post} headingLevel="h2" />
            </li>
          ))}
        </ul>
      ) : (
        <p>There are no articles here yet.</p>
      )}
      <Pagination current={listing.page} total={listing.totalPages} hrefFor={(page) => blogListPath(page, categorySlug)} />
    </div>
  )
}
