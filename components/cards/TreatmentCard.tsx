import Link from 'next/link'
import { SanityImage, type ImageValue } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { programmeTypeLabel } from '@/lib/format/programmeTypes'
import styles from './Card.module.css'
import { contentPath } from '@/lib/routes/contentAddresses'

export type TreatmentCardData = {
  _id: string
  title: string | null
  slug: string | null
  programmeType: string | null
  summary: string | null
  heroImage: ImageValue
}

export function TreatmentCard({ treatment, headingLevel = 'h3' }: { treatment: TreatmentCardData; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel
  const type = programmeTypeLabel(treatment.programmeType)
  return (
    <article className={styles.card}>
      <div className={styles.body}>
        {type ? <p className="eyebrow">{type}</p> : null}
        <Heading className={styles.title}>
          <Link href={contentPath('treatment', treatment.slug)}>{treatment.title}</Link>
        </Heading>
        {treatment.summary ? <p className={styles.summary}>{treatment.summary}</p> : null}
        <p className={styles.more} aria-hidden="true">
          Learn more →
        </p>
      </div>
      {treatment.heroImage?.ref ? (
        <div className={styles.media}>
          <SanityImage image={{ ...treatment.heroImage, alt: '' }} {...IMAGE_SLOTS.cardCompact} />
        </div>
      ) : null}
    </article>
  )
}
