#!/usr/bin/env node
/**
 * Checks the bundled dataset (seed/data.ndjson + seed/images/) for the
 * mistakes that would break `sanity dataset import` or the site:
 * unparsable lines, dangling references, missing image files, array items
 * without unique _key/_type, fields the schema does not know, over-long SEO
 * text, images without alt text, medical posts without review details, and
 * stigmatising words. Exits non-zero on any problem.
 *
 * Usage: node scripts/seed-check.mjs
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const seedDir = process.env.SEED_DIR ? path.resolve(process.env.SEED_DIR) : path.join(root, 'seed')
const errors = []
const fail = (msg) => errors.push(msg)

/* Field names per document type, from sanity/schemaTypes. */
const SYSTEM = ['_id', '_type', '_createdAt', '_updatedAt', '_rev']
const FIELDS = {
  redirect: ['from', 'to', 'permanent'],
  person: ['name', 'slug', 'credentials', 'jobTitle', 'roles', 'bio', 'image'],
  category: ['title', 'slug', 'description', 'isMedical'],
  post: [
    'title',
    'slug',
    'excerpt',
    'mainImage',
    'body',
    'categories',
    'author',
    'medicalReviewer',
    'publishedAt',
    'lastReviewedAt',
    'sources',
    'seo',
  ],
  treatment: ['title', 'slug', 'programmeType', 'order', 'summary', 'heroImage', 'body', 'whatToExpect', 'faqs', 'insuranceAndCost', 'seo'],
  video: ['title', 'slug', 'videoUrl', 'description', 'transcript', 'thumbnail', 'durationSeconds', 'publishedAt', 'seo'],
  settings: [
    'clinicName',
    'tagline',
    'description',
    'phone',
    'phoneE164',
    'email',
    'address',
    'hours',
    'admissionsNote',
    'crisisLines',
    'navigation',
    'privacyNotice',
  ],
}
const REQUIRED = {
  redirect: ['from', 'to'],
  person: ['name', 'slug', 'roles'],
  category: ['title', 'slug'],
  post: ['title', 'slug', 'excerpt', 'body', 'author', 'publishedAt'],
  treatment: ['title', 'slug', 'programmeType', 'summary'],
  video: ['title', 'slug', 'videoUrl', 'description', 'transcript', 'thumbnail', 'durationSeconds', 'publishedAt'],
  settings: ['clinicName', 'phone', 'phoneE164', 'crisisLines'],
}
const ID_PREFIX = { person: 'person-', category: 'category-', post: 'post-', treatment: 'treatment-', video: 'video-' }
const BANNED = /\b(addicts?|abusers?|abuse|junkies?|junkie|alcoholics?|clean|dirty)\b/i
const DATE_MAX = '2026-11-20'

/* ------------------------------------------------------------------ */

const lines = readFileSync(path.join(seedDir, 'data.ndjson'), 'utf8').split('\n').filter(Boolean)
const docs = []
lines.forEach((line, i) => {
  try {
    docs.push(JSON.parse(line))
  } catch (e) {
    fail(`line ${i + 1}: not JSON (${e.message})`)
  }
})
const byId = new Map()
for (const d of docs) {
  if (byId.has(d._id)) fail(`duplicate _id ${d._id}`)
  byId.set(d._id, d)
}

const assetFiles = new Set()
const allText = []

function walk(value, where, docId) {
  if (Array.isArray(value)) {
    const keys = new Set()
    value.forEach((item, i) => {
      if (item && typeof item === 'object') {
        if (!item._key) fail(`${where}[${i}] has no _key`)
        else if (keys.has(item._key)) fail(`${where}[${i}] duplicate _key ${item._key}`)
        keys.add(item._key)
        if (!item._type) fail(`${where}[${i}] has no _type`)
      }
      walk(item, `${where}[${i}]`, docId)
    })
    return
  }
  if (!value || typeof value !== 'object') {
    if (typeof value === 'string') allText.push([where, value])
    return
  }
  if (value._type === 'reference') {
    if (!byId.has(value._ref)) fail(`${where}: dangling reference ${value._ref}`)
  }
  if (value._type === 'accessibleImage') {
    if (!value.alt || value.alt.trim().length < 10) fail(`${where}: image without meaningful alt`)
    if (value.asset) fail(`${where}: image has an asset field; exports use _sanityAsset`)
    const m = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+)x(\d+)\.(jpg|png|webp)$/.exec(value._sanityAsset ?? '')
    if (!m) fail(`${where}: bad _sanityAsset ${value._sanityAsset}`)
    else {
      const file = `${m[1]}-${m[2]}x${m[3]}.${m[4]}`
      if (!existsSync(path.join(seedDir, 'images', file))) fail(`${where}: missing image file ${file}`)
      assetFiles.add(file)
    }
  }
  if (value._type === 'block') {
    const defs = new Set((value.markDefs ?? []).map((d) => d._key))
    for (const d of value.markDefs ?? []) {
      if (d._type === 'link' && !/^(https?:|mailto:|tel:|\/)/.test(d.href ?? '')) fail(`${where}: unsafe link ${d.href}`)
    }
    for (const c of value.children ?? []) {
      for (const mark of c.marks ?? []) if (!['strong', 'em'].includes(mark) && !defs.has(mark)) fail(`${where}: unknown mark ${mark}`)
    }
  }
  for (const [k, v] of Object.entries(value))
    if (k !== '_sanityAsset' && k !== '_ref' && k !== 'href' && k !== 'url') walk(v, `${where}.${k}`, docId)
}

const text = (blocks) =>
  (blocks ?? [])
    .filter((b) => b._type === 'block')
    .map((b) => b.children.map((c) => c.text).join(''))
    .join(' ')
const words = (s) => s.split(/\s+/).filter(Boolean).length
const dateOk = (s) => typeof s === 'string' && s.startsWith('2026-') && s.slice(0, 10) < DATE_MAX

for (const d of docs) {
  const where = d._id
  for (const k of SYSTEM) if (!d[k]) fail(`${where}: missing ${k}`)
  if (!dateOk(d._createdAt) || !dateOk(d._updatedAt) || d._updatedAt < d._createdAt) fail(`${where}: bad _createdAt/_updatedAt`)
  const allowed = FIELDS[d._type]
  if (!allowed) {
    fail(`${where}: unknown _type ${d._type}`)
    continue
  }
  for (const k of Object.keys(d))
    if (!SYSTEM.includes(k) && !allowed.includes(k)) fail(`${where}: field ${k} is not in the ${d._type} schema`)
  for (const k of REQUIRED[d._type]) if (d[k] === undefined || d[k] === '') fail(`${where}: required field ${k} missing`)
  if (ID_PREFIX[d._type] && d._id !== ID_PREFIX[d._type] + d.slug?.current) fail(`${where}: _id does not match slug ${d.slug?.current}`)
  if (d.slug && (d.slug._type !== 'slug' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(d.slug.current))) fail(`${where}: bad slug`)
  if (d.seo) {
    if (d.seo._type !== 'seo') fail(`${where}: seo without _type`)
    if ((d.seo.title ?? '').length > 60) fail(`${where}: SEO title ${d.seo.title.length} > 60`)
    if ((d.seo.description ?? '').length > 160) fail(`${where}: SEO description ${d.seo.description.length} > 160`)
  }
  walk(d, where, d._id)

  if (d._type === 'person') {
    if (!d.roles.every((r) => ['author', 'medicalReviewer'].includes(r))) fail(`${where}: bad role`)
    if (!d.image) fail(`${where}: no image`)
  }
  if (d._type === 'post') {
    if (d.excerpt.length > 300) fail(`${where}: excerpt ${d.excerpt.length} > 300`)
    if (!d.mainImage) fail(`${where}: no mainImage`)
    const author = byId.get(d.author?._ref)
    if (!author?.roles?.includes('author')) fail(`${where}: author lacks the author role`)
    const medical = (d.categories ?? []).some((c) => byId.get(c._ref)?.isMedical)
    if (medical && (!d.medicalReviewer || !d.lastReviewedAt)) fail(`${where}: medical post needs medicalReviewer and lastReviewedAt`)
    if (d.medicalReviewer && !byId.get(d.medicalReviewer._ref)?.roles?.includes('medicalReviewer'))
      fail(`${where}: reviewer lacks the medicalReviewer role`)
    if (d.lastReviewedAt && !/^\d{4}-\d{2}-\d{2}$/.test(d.lastReviewedAt)) fail(`${where}: lastReviewedAt not YYYY-MM-DD`)
    if (d.lastReviewedAt && d.lastReviewedAt < d.publishedAt.slice(0, 10)) fail(`${where}: lastReviewedAt before publishedAt`)
    if (!dateOk(d.publishedAt) || (d.lastReviewedAt && !dateOk(d.lastReviewedAt))) fail(`${where}: dates out of range`)
    const w = words(text(d.body))
    if (w < 700 || w > 1200) fail(`${where}: body has ${w} words`)
    const h2 = d.body.filter((b) => b.style === 'h2' && b._type === 'block').length
    if (h2 < 3 || h2 > 6) fail(`${where}: ${h2} h2 headings`)
    if (!d.body.some((b) => b.listItem)) fail(`${where}: no list`)
    if (!d.body.some((b) => (b.markDefs ?? []).some((m) => /^https:\/\//.test(m.href)))) fail(`${where}: no external link`)
    if ((d.sources ?? []).length < 3 || d.sources.length > 5) fail(`${where}: ${d.sources?.length} sources`)
    for (const s of d.sources ?? []) if (!s.title || !/^https:\/\//.test(s.url)) fail(`${where}: bad source ${s.url}`)
  }
  if (d._type === 'treatment') {
    if (!['detox', 'residential', 'outpatient', 'mat'].includes(d.programmeType)) fail(`${where}: bad programmeType`)
    if (d.summary.length > 300) fail(`${where}: summary > 300`)
    const w = words(text(d.body))
    if (w < 300 || w > 600) fail(`${where}: body has ${w} words`)
    if (d.whatToExpect.length < 4 || d.whatToExpect.length > 6) fail(`${where}: ${d.whatToExpect.length} steps`)
    if (d.faqs.length < 4 || d.faqs.length > 6) fail(`${where}: ${d.faqs.length} faqs`)
  }
  if (d._type === 'video') {
    if (!/^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/.test(d.videoUrl)) fail(`${where}: bad videoUrl`)
    if (d.durationSeconds < 180 || d.durationSeconds > 480 || !Number.isInteger(d.durationSeconds))
      fail(`${where}: duration ${d.durationSeconds}`)
    if (words(d.transcript) < 300) fail(`${where}: transcript too short`)
    if (!dateOk(d.publishedAt)) fail(`${where}: publishedAt out of range`)
  }
  if (d._type === 'settings') {
    if (d._id !== 'siteSettings') fail('settings _id must be siteSettings')
    if (!/^\+[1-9]\d{6,14}$/.test(d.phoneE164)) fail('settings: bad phoneE164')
    for (const n of d.navigation) if (!/^\/[\w\-/]*$/.test(n.href)) fail(`settings: bad nav href ${n.href}`)
  }
}

for (const [where, s] of allText) {
  const m = BANNED.exec(s)
  if (m) fail(`${where}: stigmatising or discouraged word "${m[0]}"`)
}

/* Image files: names are sha1-of-bytes and real dimensions; none unused. */
for (const file of readdirSync(path.join(seedDir, 'images'))) {
  const m = /^([0-9a-f]{40})-(\d+)x(\d+)\.(jpg|png|webp)$/.exec(file)
  if (!m) {
    fail(`seed/images/${file}: unexpected file name`)
    continue
  }
  const bytes = readFileSync(path.join(seedDir, 'images', file))
  if (createHash('sha1').update(bytes).digest('hex') !== m[1]) fail(`seed/images/${file}: sha1 does not match content`)
  const meta = await sharp(bytes).metadata()
  if (meta.width !== Number(m[2]) || meta.height !== Number(m[3])) fail(`seed/images/${file}: is ${meta.width}x${meta.height}`)
  if (!assetFiles.has(file)) fail(`seed/images/${file}: not referenced by any document`)
}

/* GROQ works over the documents. */
const { parse, evaluate } = await import('groq-js')
const run = async (q, params) => (await evaluate(parse(q), { dataset: docs, params })).get()
const posts = await run(
  `*[_type=='post'] | order(publishedAt desc){title,'slug':slug.current,'author':author->name,'reviewer':medicalReviewer->name,'cats':categories[]->title}`,
)
if (posts.length !== docs.filter((d) => d._type === 'post').length) fail('GROQ post query returned the wrong count')
for (const p of posts) if (!p.author || p.cats.some((c) => !c)) fail(`GROQ: unresolved reference in ${p.slug}`)
const settings = await run(`*[_id=='siteSettings'][0]{clinicName,'lines':crisisLines[].phone}`)
if (settings?.clinicName !== 'Harbor Light Recovery Center') fail('GROQ settings query failed')

const counts = {}
for (const d of docs) counts[d._type] = (counts[d._type] ?? 0) + 1
console.log('documents:', JSON.stringify(counts))
console.log(`images: ${assetFiles.size} referenced`)
if (errors.length) {
  console.error(`\n${errors.length} problem(s):\n- ` + errors.join('\n- '))
  process.exit(1)
}
console.log('seed OK')
