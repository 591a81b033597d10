#!/usr/bin/env node
/**
 * Builds seed/data.ndjson, the bundled sample dataset, in the layout that
 * `sanity dataset export` writes and `sanity dataset import` reads.
 *
 * Content lives in scripts/seed-content-*.mjs as plain JS objects; bodies are
 * written in a tiny markdown-like markup (see `toPortableText` below) and
 * turned into Portable Text here. `_key`s are derived from a hash of the
 * document id and position, so the output is deterministic.
 *
 * Images come from scripts/seed-generate-images.mjs, whose mapping
 * (scripts/seed-generate-images.map.json) names the files in seed/images/.
 *
 * Usage: node scripts/seed-generate-images.mjs --clean && node scripts/seed-build.mjs
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { categories, people, settings } from './seed-content-site.mjs'
import { posts as postsA } from './seed-content-posts-a.mjs'
import { posts as postsB } from './seed-content-posts-b.mjs'
import { treatments } from './seed-content-treatments.mjs'
import { videos } from './seed-content-videos.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const imageMap = JSON.parse(readFileSync(path.join(root, 'scripts', 'seed-generate-images.map.json'), 'utf8'))
const outFile = path.join(root, 'seed', 'data.ndjson')

/* ------------------------------------------------------------------ */
/* Helpers                                                             */
/* ------------------------------------------------------------------ */

/** Short, random-looking but deterministic key. */
function key(...parts) {
  return createHash('sha1').update(parts.join('|')).digest('hex').slice(0, 12)
}

function rev(id, updatedAt) {
  return createHash('sha1').update(`rev|${id}|${updatedAt}`).digest('base64url').slice(0, 22)
}

function image(name, alt, caption, extra = {}) {
  const m = imageMap[name]
  if (!m) throw new Error(`No generated image named ${name}`)
  if (!alt) throw new Error(`Image ${name} needs alt text`)
  const img = { _type: 'accessibleImage', _sanityAsset: `image@file://./images/${m.file}`, alt }
  if (caption) img.caption = caption
  return { ...extra, ...img }
}

const ref = (id) => ({ _type: 'reference', _ref: id })
const slug = (current) => ({ _type: 'slug', current })

/* ------------------------------------------------------------------ */
/* Markup -> Portable Text                                             */
/* ------------------------------------------------------------------ */
/*
 * Blocks are separated by blank lines.
 *   ## Heading 2          ### Heading 3          > Quote
 *   - bullet item         1. numbered item       (one item per line)
 *   !callout <tone> | <title> | <body text>
 *   !image <image name> | <alt text> | <optional caption>
 *   anything else: a paragraph (lines are joined with a space)
 * Inline: **strong**, *emphasis*, [link text](https://url)
 */

function inline(text, ctx) {
  const children = []
  const markDefs = []
  const re = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((.+?)\)/g
  let last = 0
  let m
  const push = (t, marks) => {
    if (!t) return
    children.push({ _type: 'span', _key: key(ctx, 'span', children.length), text: t, marks })
  }
  while ((m = re.exec(text))) {
    push(text.slice(last, m.index), [])
    if (m[1] !== undefined) push(m[1], ['strong'])
    else if (m[2] !== undefined) push(m[2], ['em'])
    else {
      const linkKey = key(ctx, 'link', markDefs.length)
      markDefs.push({ _type: 'link', _key: linkKey, href: m[4] })
      push(m[3], [linkKey])
    }
    last = re.lastIndex
  }
  push(text.slice(last), [])
  if (children.length === 0) children.push({ _type: 'span', _key: key(ctx, 'span', 0), text: '', marks: [] })
  return { children, markDefs }
}

function block(ctx, style, text, list) {
  const { children, markDefs } = inline(text, ctx)
  const b = { _type: 'block', _key: key(ctx), style, markDefs, children }
  if (list) {
    b.listItem = list
    b.level = 1
  }
  return b
}

export function toPortableText(source, docId, field = 'body') {
  const out = []
  const chunks = source
    .trim()
    .split(/\n\s*\n/)
    .map((c) => c.trim())
    .filter(Boolean)
  for (const chunk of chunks) {
    const ctx = () => `${docId}|${field}|${out.length}`
    if (chunk.startsWith('!callout ')) {
      const [toneAndTitle, ...rest] = chunk.slice('!callout '.length).split('|')
      const tone = toneAndTitle.trim()
      const title = rest[0]?.trim()
      const body = rest.slice(1).join('|').replace(/\s+/g, ' ').trim()
      if (!['info', 'warning', 'crisis'].includes(tone)) throw new Error(`Bad callout tone ${tone} in ${docId}`)
      out.push({ _type: 'callout', _key: key(ctx()), tone, title, body })
    } else if (chunk.startsWith('!image ')) {
      const [name, alt, caption] = chunk
        .slice('!image '.length)
        .split('|')
        .map((s) => s?.replace(/\s+/g, ' ').trim())
      out.push(image(name, alt, caption, { _key: key(ctx()) }))
    } else if (/^#{2,3} /.test(chunk)) {
      const level = chunk.startsWith('### ') ? 'h3' : 'h2'
      out.push(block(ctx(), level, chunk.replace(/^#{2,3} /, '').replace(/\s+/g, ' ')))
    } else if (chunk.startsWith('> ')) {
      out.push(block(ctx(), 'blockquote', chunk.replace(/^> /gm, '').replace(/\s+/g, ' ')))
    } else if (/^(- |\d+\. )/.test(chunk)) {
      const lines = chunk.split('\n')
      const items = []
      for (const line of lines) {
        if (/^(- |\d+\. )/.test(line)) items.push(line)
        else items[items.length - 1] += ' ' + line.trim()
      }
      for (const item of items) {
        const list = item.startsWith('- ') ? 'bullet' : 'number'
        out.push(
          block(
            ctx(),
            'normal',
            item
              .replace(/^(- |\d+\. )/, '')
              .replace(/\s+/g, ' ')
              .trim(),
            list,
          ),
        )
      }
    } else {
      out.push(block(ctx(), 'normal', chunk.replace(/\s+/g, ' ')))
    }
  }
  return out
}

export function wordCount(blocks) {
  return blocks
    .filter((b) => b._type === 'block')
    .map((b) => b.children.map((c) => c.text).join(''))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length
}

function withKeys(docId, field, items, type) {
  return items.map((item, i) => ({ _type: type, _key: key(docId, field, i), ...item }))
}

function seo(s) {
  return s ? { _type: 'seo', ...s } : undefined
}

/* ------------------------------------------------------------------ */
/* Documents                                                           */
/* ------------------------------------------------------------------ */

function system(id, type, createdAt, updatedAt) {
  return { _id: id, _type: type, _createdAt: createdAt, _updatedAt: updatedAt, _rev: rev(id, updatedAt) }
}

const docs = []

for (const c of categories) {
  const id = `category-${c.slug}`
  docs.push({
    ...system(id, 'category', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z'),
    title: c.title,
    slug: slug(c.slug),
    description: c.description,
    isMedical: c.isMedical,
  })
}

for (const p of people) {
  const id = `person-${p.slug}`
  docs.push({
    ...system(id, 'person', '2026-01-05T09:30:00Z', p.updatedAt ?? '2026-01-06T10:00:00Z'),
    name: p.name,
    slug: slug(p.slug),
    credentials: p.credentials,
    jobTitle: p.jobTitle,
    roles: p.roles,
    bio: p.bio,
    image: image(p.image, p.imageAlt),
  })
}

for (const p of [...postsA, ...postsB]) {
  const id = `post-${p.slug}`
  const body = toPortableText(p.body, id)
  const created = new Date(new Date(p.publishedAt).getTime() - 3 * 86400000).toISOString().replace('.000Z', 'Z')
  const updated = p.lastReviewedAt ? `${p.lastReviewedAt}T15:20:00Z` : p.publishedAt
  const doc = {
    ...system(id, 'post', created, updated),
    title: p.title,
    slug: slug(p.slug),
    excerpt: p.excerpt,
    mainImage: image(p.image, p.imageAlt, p.imageCaption),
    body,
    categories: p.categories.map((c, i) => ({ ...ref(`category-${c}`), _key: key(id, 'categories', i) })),
    author: ref(`person-${p.author}`),
  }
  if (p.medicalReviewer) doc.medicalReviewer = ref(`person-${p.medicalReviewer}`)
  doc.publishedAt = p.publishedAt
  if (p.lastReviewedAt) doc.lastReviewedAt = p.lastReviewedAt
  doc.sources = withKeys(id, 'sources', p.sources, 'source')
  doc.seo = seo(p.seo)
  doc._words = wordCount(body)
  docs.push(doc)
}

for (const t of treatments) {
  const id = `treatment-${t.slug}`
  const body = toPortableText(t.body, id)
  docs.push({
    ...system(id, 'treatment', '2026-01-08T10:00:00Z', t.updatedAt),
    title: t.title,
    slug: slug(t.slug),
    programmeType: t.programmeType,
    order: t.order,
    summary: t.summary,
    heroImage: image(t.image, t.imageAlt, t.imageCaption),
    body,
    whatToExpect: withKeys(
      id,
      'whatToExpect',
      t.whatToExpect.map(([title, description]) => ({ title, description })),
      'step',
    ),
    faqs: withKeys(
      id,
      'faqs',
      t.faqs.map(([question, answer]) => ({ question, answer })),
      'faq',
    ),
    insuranceAndCost: t.insuranceAndCost,
    seo: seo(t.seo),
    _words: wordCount(body),
  })
}

for (const v of videos) {
  const id = `video-${v.slug}`
  const transcript = v.transcript
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .join('\n\n')
  const words = transcript.split(/\s+/).filter(Boolean).length
  docs.push({
    ...system(id, 'video', new Date(new Date(v.publishedAt).getTime() - 2 * 86400000).toISOString().replace('.000Z', 'Z'), v.publishedAt),
    title: v.title,
    slug: slug(v.slug),
    videoUrl: `https://www.youtube.com/watch?v=${v.youtubeId}`,
    description: v.description,
    transcript,
    thumbnail: image(v.image, v.imageAlt),
    durationSeconds: v.durationSeconds,
    publishedAt: v.publishedAt,
    seo: seo(v.seo),
    _words: words,
  })
}

{
  const s = settings
  const id = 'siteSettings'
  docs.push({
    ...system(id, 'settings', '2026-01-05T08:00:00Z', '2026-10-02T11:45:00Z'),
    clinicName: s.clinicName,
    tagline: s.tagline,
    description: s.description,
    phone: s.phone,
    phoneE164: s.phoneE164,
    email: s.email,
    address: s.address,
    hours: withKeys(id, 'hours', s.hours, 'openingHours'),
    admissionsNote: s.admissionsNote,
    crisisLines: withKeys(id, 'crisisLines', s.crisisLines, 'crisisLine'),
    navigation: withKeys(id, 'navigation', s.navigation, 'navItem'),
    privacyNotice: toPortableText(s.privacyNotice, id, 'privacyNotice'),
  })
}

// A redirect an editor would leave after renaming an article's slug.
docs.push({
  ...system('redirect-heroin-and-the-brain', 'redirect', '2026-03-02T10:00:00Z', '2026-03-02T10:00:00Z'),
  from: '/blog/heroin-and-the-brain',
  to: '/blog/what-heroin-does-to-the-brain',
  permanent: true,
})

/* ------------------------------------------------------------------ */
/* Output                                                              */
/* ------------------------------------------------------------------ */

const report = []
const lines = docs.map((d) => {
  const { _words, ...doc } = d
  if (_words !== undefined) report.push(`${doc._type.padEnd(9)} ${String(_words).padStart(5)} words  ${doc._id}`)
  for (const k of Object.keys(doc)) if (doc[k] === undefined) delete doc[k]
  return JSON.stringify(doc)
})
writeFileSync(outFile, lines.join('\n') + '\n')
console.log(report.join('\n'))
console.log(`Wrote ${docs.length} documents to ${path.relative(root, outFile)}`)
