import 'server-only'
import { sanityFetch } from '@/lib/content/fetch'
import { tags } from '@/lib/content/tags'
import { postBySlugQuery, settingsQuery, treatmentBySlugQuery, videoBySlugQuery } from '@/sanity/queries'
import { renderOgImage } from './ogImage'

async function clinic() {
  const settings = await sanityFetch({ query: settingsQuery, tags: [tags.settings] })
  return { clinicName: settings?.clinicName ?? 'Recovery Center', tagline: settings?.tagline ?? settings?.admissionsNote ?? null }
}

/** The card for the site's general pages: the clinic's name and tagline. */
export async function siteOgImage() {
  const site = await clinic()
  return renderOgImage({ ...site, title: site.tagline ?? site.clinicName, tagline: null })
}

export async function postOgImage(slug: string) {
  const [site, post] = await Promise.all([clinic(), sanityFetch({ query: postBySlugQuery, params: { slug }, tags: [tags.post(slug)] })])
  return renderOgImage({ ...site, kind: 'Article', title: post?.title ?? site.clinicName })
}

export async function treatmentOgImage(slug: string) {
  const [site, treatment] = await Promise.all([
    clinic(),
    sanityFetch({ query: treatmentBySlugQuery, params: { slug }, tags: [tags.treatment(slug)] }),
  ])
  return renderOgImage({ ...site, kind: 'Treatment', title: treatment?.title ?? site.clinicName })
}

export async function videoOgImage(slug: string) {
  const [site, video] = await Promise.all([clinic(), sanityFetch({ query: videoBySlugQuery, params: { slug }, tags: [tags.video(slug)] })])
  return renderOgImage({ ...site, kind: 'Video', title: video?.title ?? site.clinicName })
}
