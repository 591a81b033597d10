import 'server-only'
import { cache } from 'react'
import { settingsQuery } from '@/sanity/queries'
import type { SettingsQueryResult } from '@/sanity/types'
import { FALLBACK_CLINIC, FALLBACK_CRISIS_LINES, type CrisisLine } from './clinicContact'
import { fetchContent } from './fetch'
import type { RichTextBlock } from './portableText'
import { tags } from './tags'

export type NavItem = { key: string; label: string; href: string }
export type OpeningHours = {
  key: string
  /** As visitors read them ("Monday to Friday"). */
  days: string
  /** schema.org day codes ("Mo", "Tu"…) for the clinic's structured data. */
  dayCodes: string[]
  opens: string | null
  closes: string | null
}
export type Address = { street?: string; city?: string; region?: string; postalCode?: string; country?: string }

/**
 * Settings with every field the site needs filled in, so a half-edited or missing document never
 * breaks a page: the one fallback policy is the clinic as shipped (./clinicContact.ts).
 */
export type SiteSettings = {
  clinicName: string
  tagline: string | null
  description: string | null
  phone: string
  phoneE164: string
  email: string | null
  address: Address | null
  admissionsNote: string | null
  hours: OpeningHours[]
  crisisLines: CrisisLine[]
  navigation: NavItem[]
  privacyNotice: RichTextBlock[] | null
}

const DEFAULT_NAVIGATION: NavItem[] = [
  { key: 'treatments', label: 'Treatments', href: '/treatments' },
  { key: 'blog', label: 'Articles', href: '/blog' },
  { key: 'videos', label: 'Videos', href: '/videos' },
  { key: 'contact', label: 'Contact', href: '/contact' },
]

export function normaliseSettings(raw: SettingsQueryResult): SiteSettings {
  const doc = raw && raw.clinicName !== null ? raw : null
  const crisisLines = (doc?.crisisLines ?? []).flatMap((line): CrisisLine[] =>
    line.name && line.phone
      ? [{ key: line._key, name: line.name, phone: line.phone, sms: line.sms, description: line.description, url: line.url }]
      : [],
  )
  const navigation = (doc?.navigation ?? []).flatMap((item): NavItem[] =>
    item.label && item.href ? [{ key: item._key, label: item.label, href: item.href }] : [],
  )
  return {
    clinicName: doc?.clinicName ?? FALLBACK_CLINIC.clinicName,
    tagline: doc?.tagline ?? null,
    description: doc?.description ?? null,
    phone: doc?.phone ?? FALLBACK_CLINIC.phone,
    phoneE164: doc?.phoneE164 ?? FALLBACK_CLINIC.phoneE164,
    email: doc?.email ?? null,
    address: doc?.address ?? null,
    admissionsNote: doc?.admissionsNote ?? FALLBACK_CLINIC.admissionsNote,
    hours: (doc?.hours ?? []).flatMap((h): OpeningHours[] =>
      h.days ? [{ key: h._key, days: h.days, dayCodes: h.dayCodes ?? [], opens: h.opens, closes: h.closes }] : [],
    ),
    crisisLines: crisisLines.length > 0 ? crisisLines : [...FALLBACK_CRISIS_LINES],
    navigation: navigation.length > 0 ? navigation : DEFAULT_NAVIGATION,
    privacyNotice: (doc?.privacyNotice as RichTextBlock[] | null | undefined) ?? null,
  }
}

/** The settings document, read once per render (layout, page, metadata and structured data share it). */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const raw = await fetchContent({ query: settingsQuery, tags: [tags.settings] })
  return normaliseSettings(raw)
})
