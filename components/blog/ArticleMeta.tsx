import { SanityImage, type ImageValue } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { formatDate, isoDate } from '@/lib/format/dates'
import styles from './ArticleMeta.module.css'

export type PersonData = { name: string | null; credentials: string | null; jobTitle: string | null; image: ImageValue } | null

function nameWithCredentials(person: NonNullable<PersonData>): string {
  return [person.name, person.credentials].filter(Boolean).join(', ')
}

function DateLine({ label, value }: { label: string; value: string | null }) {
  const formatted = formatDate(value)
  if (!formatted) return null
  return (
    <li>
      {label} <time dateTime={isoDate(value) ?? undefined}>{formatted}</time>
    </li>
  )
}

type Props = {
  author: PersonData
  reviewer: PersonData
  publishedAt: string | null
  lastReviewedAt: string | null
  readingMinutes: number
}

/** Who wrote the article, who medically reviewed it, and when. */
export function ArticleMeta({ author, reviewer, publishedAt, lastReviewedAt, readingMinutes }: Props) {
  return (
    <div className={styles.meta}>
      <div className={styles.people}>
        {author?.name ? (
          <p className={styles.person}>
            {author.image?.ref ? (
              <SanityImage image={{ ...author.image, alt: '' }} className={styles.avatar} {...IMAGE_SLOTS.avatar} />
            ) : null}
            <span>
              <span className={styles.role}>Written by</span>
              <span className={styles.name}>{nameWithCredentials(author)}</span>
              {author.jobTitle ? <span className={styles.job}>{author.jobTitle}</span> : null}
            </span>
          </p>
        ) : null}
        {reviewer?.name ? (
          <p className={styles.person}>
            {reviewer.image?.ref ? (
              <SanityImage image={{ ...reviewer.image, alt: '' }} className={styles.avatar} {...IMAGE_SLOTS.avatar} />
            ) : null}
            <span>
              <span className={styles.role}>Medically reviewed by</span>
              <span className={styles.name}>{nameWithCredentials(reviewer)}</span>
              {reviewer.jobTitle ? <span className={styles.job}>{reviewer.jobTitle}</span> : null}
            </span>
          </p>
        ) : null}
      </div>
      <ul className={styles.dates}>
        <DateLine label="Published" value={publishedAt} />
        <DateLine label="Last reviewed" value={lastReviewedAt} />
        <li>{readingMinutes} min read</li>
      </ul>
    </div>
  )
}
