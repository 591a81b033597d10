import { defineQuery } from 'groq'

/*
 * Every GROQ query the site runs. Both content backends (Sanity's Content Lake and
 * the bundled dataset evaluated by groq-js) answer these same strings, and Sanity
 * TypeGen types them (`npm run typegen`).
 */

/** An image as lib/media/imageSet.ts needs it: the asset (its id carries the dimensions) and the editor's crop and hotspot. */
const image = /* groq */ `{ alt, caption, "ref": asset._ref, crop, hotspot }`

const personCard = /* groq */ `{ _id, name, "slug": slug.current, credentials, jobTitle, bio, image ${image} }`

const postCard = /* groq */ `{
  _id,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  mainImage ${image},
  "categories": categories[]->{ title, "slug": slug.current }
}`

const treatmentCard = /* groq */ `{ _id, title, "slug": slug.current, programmeType, summary, heroImage ${image} }`

const videoCard = /* groq */ `{ _id, title, "slug": slug.current, description, durationSeconds, publishedAt, thumbnail ${image} }`

const richTextBody = /* groq */ `body[]{ ..., _type == "accessibleImage" => { _type, _key, alt, caption, "ref": asset._ref, crop, hotspot } }`

export const settingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  clinicName, tagline, description, phone, phoneE164, email, address, admissionsNote,
  hours[]{ _key, days, dayCodes, opens, closes },
  crisisLines[]{ _key, name, phone, sms, description, url },
  navigation[]{ _key, label, href },
  privacyNotice
}`)

export const homePageQuery = defineQuery(`{
  "treatments": *[_type == "treatment" && defined(slug.current)] | order(order asc, title asc) ${treatmentCard},
  "latestPosts": *[_type == "post" && defined(slug.current)] | order(publishedAt desc) [0...3] ${postCard},
  "videos": *[_type == "video" && defined(slug.current)] | order(publishedAt desc) [0...3] ${videoCard}
}`)

export const categoriesQuery = defineQuery(
  `*[_type == "category" && defined(slug.current)] | order(title asc) { _id, title, "slug": slug.current, description }`,
)

/**
 * One page of the blog list; `$category` is a category slug or null for all posts. How many
 * pages a list has comes from contentRoutesQuery, which the proxy's 404 step also uses.
 */
export const postsPageQuery = defineQuery(`{
  "posts": *[_type == "post" && defined(slug.current) && ($category == null || $category in categories[]->slug.current)]
    | order(publishedAt desc) [$start...$end] ${postCard}
}`)

export const latestPostsQuery = defineQuery(
  `*[_type == "post" && defined(slug.current) && slug.current != $excludeSlug] | order(publishedAt desc) [0...$limit] ${postCard}`,
)

export const postSlugsQuery = defineQuery(`*[_type == "post" && defined(slug.current)].slug.current`)

export const postBySlugQuery = defineQuery(`*[_type == "post" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  lastReviewedAt,
  mainImage ${image},
  "body": ${richTextBody},
  "categories": categories[]->{ _id, title, "slug": slug.current, isMedical },
  author-> ${personCard},
  medicalReviewer-> ${personCard},
  sources[]{ _key, title, publisher, url },
  seo
}`)

/** Posts sharing a category with the given post, newest first. */
export const relatedPostsQuery = defineQuery(
  `*[_type == "post" && defined(slug.current) && _id != $postId && count((categories[]._ref)[@ in $categoryIds]) > 0]
    | order(publishedAt desc) [0...3] ${postCard}`,
)

export const treatmentsQuery = defineQuery(
  `*[_type == "treatment" && defined(slug.current)] | order(order asc, title asc) ${treatmentCard}`,
)

export const treatmentSlugsQuery = defineQuery(`*[_type == "treatment" && defined(slug.current)].slug.current`)

export const treatmentBySlugQuery = defineQuery(`*[_type == "treatment" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  programmeType,
  summary,
  heroImage ${image},
  "body": ${richTextBody},
  whatToExpect[]{ _key, title, description },
  faqs[]{ _key, question, answer },
  insuranceAndCost,
  seo
}`)

export const videosQuery = defineQuery(`*[_type == "video" && defined(slug.current)] | order(publishedAt desc) ${videoCard}`)

export const videoSlugsQuery = defineQuery(`*[_type == "video" && defined(slug.current)].slug.current`)

export const videoBySlugQuery = defineQuery(`*[_type == "video" && slug.current == $slug][0]{
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  videoUrl,
  description,
  transcript,
  durationSeconds,
  publishedAt,
  thumbnail ${image},
  seo
}`)

/** Everything the sitemap lists: published documents with a slug and when they last changed. */
export const sitemapQuery = defineQuery(`{
  "posts": *[_type == "post" && defined(slug.current)] | order(publishedAt desc) { "slug": slug.current, _updatedAt, "categories": categories[]->slug.current },
  "treatments": *[_type == "treatment" && defined(slug.current)] | order(order asc, title asc) { "slug": slug.current, _updatedAt },
  "videos": *[_type == "video" && defined(slug.current)] | order(publishedAt desc) { "slug": slug.current, _updatedAt },
  "categories": *[_type == "category" && defined(slug.current)] | order(title asc) { "slug": slug.current, _updatedAt },
  "settingsUpdatedAt": *[_id == "siteSettings"][0]._updatedAt
}`)

/** Every post for the RSS feed, newest first. */
export const feedQuery = defineQuery(`*[_type == "post" && defined(slug.current)] | order(publishedAt desc) {
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  publishedAt,
  "author": author->{ name, credentials },
  "medicalReviewer": medicalReviewer->{ name, credentials },
  "categories": categories[]->title
}`)

/**
 * Site search over posts, treatments and videos. `$terms` is an array of word patterns
 * ("withdraw*"): a document matches when every word appears in one of its text fields.
 * Title hits rank first. Both backends (Content Lake and groq-js) answer it.
 */
export const searchQuery = defineQuery(`*[
  _type in ["post", "treatment", "video"] && defined(slug.current) &&
  [title, excerpt, summary, description, pt::text(body), transcript, faqs[].question, faqs[].answer] match $terms
] | score(
  boost(title match $terms, 4),
  boost(excerpt match $terms, 2),
  boost(summary match $terms, 2),
  boost(description match $terms, 2),
  pt::text(body) match $terms,
  transcript match $terms
) | order(_score desc, _updatedAt desc) [0...$limit] {
  _id,
  _type,
  title,
  "slug": slug.current,
  "summary": coalesce(excerpt, summary, description),
  "text": coalesce(pt::text(body), transcript, ""),
  "date": coalesce(publishedAt, _updatedAt)
}`)

/** Editor-managed redirects (old path → new address), applied by proxy.ts. */
export const redirectsQuery = defineQuery(
  `*[_type == "redirect" && defined(from) && defined(to)]{ from, to, "permanent": coalesce(permanent, true) }`,
)

/**
 * Every address content exists at, for the proxy's 404 check (lib/proxy/notFound.ts). Category
 * references stay ids (no `->`) and are counted in code: this runs over every post.
 */
export const contentRoutesQuery = defineQuery(`{
  "posts": *[_type == "post" && defined(slug.current)]{ "slug": slug.current, "categoryIds": categories[]._ref },
  "treatments": *[_type == "treatment" && defined(slug.current)].slug.current,
  "videos": *[_type == "video" && defined(slug.current)].slug.current,
  "categories": *[_type == "category" && defined(slug.current)]{ _id, "slug": slug.current }
}`)
