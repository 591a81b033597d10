import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { CallCard } from '@/components/cta/CallCard'
import { ContactCta } from '@/components/cta/ContactCta'
import { SanityImage } from '@/components/media/SanityImage'
import { IMAGE_SLOTS } from '@/lib/media/slots'
import { RichText } from '@/components/portable-text/RichText'
import { Breadcrumbs } from '@/components/site/Breadcrumbs'
import { PhoneIcon } from '@/components/site/icons'
import { getSiteSettings, getTreatment, treatmentSlugParams } from '@/lib/content'
import { extractHeadings } from '@/lib/content/headings'
import type { RichTextBlock } from '@/lib/content/portableText'
import { paragraphs } from '@/lib/format/paragraphs'
import { phoneHref } from '@/lib/format/phone'
import { programmeTypeLabel } from '@/lib/format/programmeTypes'
import { breadcrumbJsonLd, faqJsonLd, JsonLdScript, pageMetadata } from '@/lib/seo'
import styles from './treatment.module.css'
import { contentPath } from '@/lib/routes/contentAddresses'

type Props = { params: Promise<{ slug: string }> }

export const dynamicParams = true

export async function generateStaticParams() {
  return treatmentSlugParams()
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [treatment, settings] = await Promise.all([getTreatment((await params).slug), getSiteSettings()])
  if (!treatment) return { title: 'Programme not found' }
  return pageMetadata({
    site: settings,
    title: treatment.title || 'Treatment programme',
    seoTitle: treatment.seo?.title,
    description: treatment.summary,
    seoDescription: treatment.seo?.description,
    path: contentPath('treatment', treatment.slug),
    hasOwnImage: true,
  })
}

export default async function TreatmentPage({ params }: Props) {
  const treatment = await getTreatment((await params).slug)
  if (!treatment) notFound()
  const settings = await getSiteSettings()
  const type = programmeTypeLabel(treatment.programmeType)
  const steps = (treatment.whatToExpect ?? []).filter((step) => step.title)
  const faqs = (treatment.faqs ?? []).filter((faq) => faq.question && faq.answer)
  const jumpLinks = [
    ...extractHeadings((treatment.body ?? []) as RichTextBlock[])
      .filter((heading) => heading.level === 2)
      .map((heading) => ({ href: `#${heading.id}`, label: heading.text })),
    ...(steps.length > 0 ? [{ href: '#expect-heading', label: 'What to expect' }] : []),
    ...(faqs.length > 0 ? [{ href: '#faq-heading', label: 'Frequently asked questions' }] : []),
    ...(treatment.insuranceAndCost ? [{ href: '#cost-heading', label: 'Insurance and cost' }] : []),
  ]

  return (
    <>
      <JsonLdScript data={faqJsonLd(faqs)} />
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: 'Home', path: '/' },
          { name: 'Treatments', path: '/treatments' },
          { name: treatment.title ?? 'Treatment programme', path: contentPath('treatment', treatment.slug) },
        ])}
      />
      <section className={styles.hero} aria-labelledby="treatment-title">
        <div className={`container ${styles.heroInner}`}>
          <div>
            <Breadcrumbs
              items={[
                { label: 'Home', href: '/' },
                { label: 'Treatments', href: '/treatments' },
              ]}
            />
            {type ? <p className="eyebrow">{type}</p> : null}
            <h1 id="treatment-title">{treatment.title}</h1>
            {treatment.summary ? <p className="lead">{treatment.summary}</p> : null}
            <div className="button-row">
              <a className="button" href={phoneHref(settings.phoneE164)}>
                <PhoneIcon />
                Call {settings.phone}
              </a>
              <Link className="button button--secondary" href="/contact" prefetch={false}>
                Send a confidential message
              </Link>
            </div>
          </div>
          {treatment.heroImage?.ref ? (
            <SanityImage image={treatment.heroImage} priority className={styles.heroImage} {...IMAGE_SLOTS.treatmentHero} />
          ) : null}
        </div>
      </section>

      <div className={`container ${styles.layout}`}>
        <div className={styles.content}>
          <RichText value={(treatment.body ?? []) as RichTextBlock[]} className={styles.body} />

          {steps.length > 0 ? (
            <section aria-labelledby="expect-heading" className={styles.section}>
              <h2 id="expect-heading">What to expect</h2>
              <ol className={styles.steps}>
                {steps.map((step) => (
                  <li key={step._key}>
                    <h3 className={styles.stepTitle}>{step.title}</h3>
                    {step.description ? <p>{step.description}</p> : null}
                  </li>
                ))}
              </ol>
            </section>
          ) : null}

          {faqs.length > 0 ? (
            <section aria-labelledby="faq-heading" className={styles.section}>
              <h2 id="faq-heading">Frequently asked questions</h2>
              <div className={styles.faqs}>
                {faqs.map((faq) => (
                  <details key={faq._key} className={styles.faq}>
                    <summary>{faq.question}</summary>
                    {paragraphs(faq.answer).map((paragraph, index) => (
                      <p key={index}>{paragraph}</p>
                    ))}
                  </details>
                ))}
              </div>
            </section>
          ) : null}

          {treatment.insuranceAndCost ? (
            <section aria-labelledby="cost-heading" className={`${styles.section} ${styles.cost}`}>
              <h2 id="cost-heading">Insurance and cost</h2>
              {paragraphs(treatment.insuranceAndCost).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </section>
          ) : null}
        </div>
        <div className={styles.side}>
          {jumpLinks.length > 1 ? (
            <nav aria-label="On this page" className={styles.jump}>
              <p className={styles.jumpTitle}>On this page</p>
              <ul>
                {jumpLinks.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.label}</a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <CallCard phone={settings.phone} phoneE164={settings.phoneE164} title="Questions about this programme?" />
        </div>
      </div>

      <ContactCta
        phone={settings.phone}
        phoneE164={settings.phoneE164}
        heading={`Talk to us about ${treatment.title?.toLowerCase() ?? 'treatment'}`}
        text="Our admissions team can answer your questions, check your insurance and, if it is right for you, arrange an assessment — usually within a day or two. The call is free and confidential."
      />
    </>
  )
}
