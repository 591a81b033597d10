import { PortableText, type PortableTextComponents, type PortableTextMarkComponentProps } from '@portabletext/react'
import type { ReactNode } from 'react'
import { extractHeadings } from '@/lib/content/headings'
import {
  isExternalHref,
  safeHref,
  withPositionalKeys,
  type CalloutBlock,
  type ImageBlock,
  type RichTextBlock,
} from '@/lib/content/portableText'
import { SanityImage } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import styles from './RichText.module.css'

const CALLOUT_LABELS: Record<NonNullable<CalloutBlock['tone']>, string> = {
  info: 'Good to know',
  warning: 'Safety warning',
  crisis: 'Get help now',
}

function Link({ value, children }: PortableTextMarkComponentProps<{ _type: 'link'; _key: string; href?: string }>) {
  const href = safeHref(value?.href)
  // Unsafe schemes (javascript:, data:, ...) keep their words but lose the link.
  if (!href) return <>{children}</>
  if (isExternalHref(href)) {
    return (
      <a href={href} rel="noopener noreferrer">
        {children}
      </a>
    )
  }
  return <a href={href}>{children}</a>
}

function Callout({ value }: { value: CalloutBlock }) {
  const tone = value.tone ?? 'info'
  return (
    <div role="note" className={`${styles.callout} ${styles[tone]}`}>
      <p className={styles.calloutTitle}>{value.title || CALLOUT_LABELS[tone]}</p>
      {(value.body ?? '').split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}

function Figure({ value }: { value: ImageBlock }) {
  return (
    <figure className={styles.figure}>
      <SanityImage image={value} {...IMAGE_SLOTS.articleColumn} />
      {value.caption ? <figcaption>{value.caption}</figcaption> : null}
    </figure>
  )
}

function buildComponents(headingIds: Map<string, string>): PortableTextComponents {
  const heading = (Tag: 'h2' | 'h3') =>
    function Heading({ value, children }: { value: { _key?: string }; children?: ReactNode }) {
      return <Tag id={value._key ? headingIds.get(value._key) : undefined}>{children}</Tag>
    }
  return {
    block: {
      h2: heading('h2'),
      h3: heading('h3'),
      blockquote: ({ children }) => <blockquote className={styles.quote}>{children}</blockquote>,
    },
    marks: { link: Link },
    types: {
      callout: ({ value }) => <Callout value={value as CalloutBlock} />,
      accessibleImage: ({ value }) => <Figure value={value as ImageBlock} />,
    },
  }
}

/**
 * A Portable Text body: headings carry the ids the table of contents links to,
 * links are filtered to safe schemes, callouts and images render with our styles.
 */
export function RichText({ value, className }: { value: readonly RichTextBlock[] | null | undefined; className?: string }) {
  if (!value || value.length === 0) return null
  const blocks = withPositionalKeys(value)
  const headingIds = new Map(extractHeadings(blocks).map((heading) => [heading.key, heading.id]))
  return (
    <div className={`${styles.richText} ${className ?? ''}`}>
      <PortableText value={blocks} components={buildComponents(headingIds)} onMissingComponent={false} />
    </div>
  )
}
