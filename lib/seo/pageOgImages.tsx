import 'server-only'
import { notFound } from 'next/navigation'
import { getPost, getSiteSettings, getTreatment, getVideo } from '@/lib/content'
import { renderOgImage } from './ogImageCard'

async function clinic() {
  const settings = await getSiteSettings()
  return { clinicName: settings.clinicName, tagline: settings.tagline ?? settings.admissionsNote }
}

/** The card for the site's general pages: the clinic's name and tagline. */
export async function siteOgImage() {
  const site = await clinic()
  return renderOgImage({ ...site, title: site.tagline ?? site.clinicName, tagline: null })
}

/*
 * Cards for content. Content that is not published gets no card: a 404, never a drawn
 * placeholder (the proxy already answers unknown slugs before these run; this is for the
 * moment between an unpublish and the proxy's next look at the content).
 */
export async function postOgImage(slug: string) {
  const post = await getPost(slug)
  if (!post?.title) notFound()
  return renderOgImage({ ...(await clinic()), kind: 'Article', title: post.title })
}

export async function treatmentOgImage(slug: string) {
  const treatment = await getTreatment(slug)
  if (!treatment?.title) notFound()
  return renderOgImage({ ...(await clinic()), kind: 'Treatment', title: treatment.title })
}

export async function videoOgImage(slug: string) {
  const video = await getVideo(slug)
  if (!video?.title) notFound()
  return renderOgImage({ ...(await clinic()), kind: 'Video', title: video.title })
}
