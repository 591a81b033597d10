#!/usr/bin/env node
/**
 * Generates the illustrative images of the bundled sample dataset (seed/).
 *
 * Every image is an SVG drawn from a small seeded random generator (so the
 * output is deterministic), rendered to JPEG with sharp (a dependency of
 * next). Calm, abstract scenes: harbours, lighthouses, sunrises, dunes, soft
 * gradients. No text and no faces appear in any image; person "portraits"
 * are abstract head-and-shoulders avatars.
 *
 * Files are written to seed/images/ named like a `sanity dataset export`:
 *   <sha1 of the file bytes>-<width>x<height>.jpg
 * and the logical-name -> file mapping is printed and written to
 * scripts/seed-generate-images.map.json (read by scripts/seed-build.mjs).
 *
 * Usage: node scripts/seed-generate-images.mjs [--clean]
 *   --clean  remove seed/images/*.jpg that are not in the current set
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outDir = path.join(root, 'seed', 'images')
const mapFile = path.join(root, 'scripts', 'seed-generate-images.map.json')

const WIDE = { width: 1200, height: 675 }
const SQUARE = { width: 400, height: 400 }
const QUALITY = 70

/* ------------------------------------------------------------------ */
/* Deterministic randomness                                            */
/* ------------------------------------------------------------------ */

function hashSeed(text) {
  const digest = createHash('sha1').update(text).digest()
  return digest.readUInt32LE(0)
}

/** mulberry32: tiny, fast, deterministic PRNG. */
function rng(seedText) {
  let a = hashSeed(seedText)
  const next = () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    range: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    pick: (list) => list[Math.floor(next() * list.length)],
  }
}

const f = (n) => Math.round(n * 10) / 10

/* ------------------------------------------------------------------ */
/* Palettes: soft blues, teals, warm sand, dawn pinks                  */
/* ------------------------------------------------------------------ */

const PALETTES = {
  dawn: {
    skyTop: '#f6d5c3',
    skyBottom: '#fbeee0',
    sun: '#f4a97f',
    far: '#c9b8c8',
    mid: '#a99bb5',
    near: '#7f7a99',
    sea: '#9fb8c9',
    seaDeep: '#6f8fa8',
    accent: '#ffffff',
    ink: '#4d5572',
  },
  teal: {
    skyTop: '#bfe3e0',
    skyBottom: '#eaf6f3',
    sun: '#fdf1d6',
    far: '#9fcfca',
    mid: '#6fb3ad',
    near: '#3f8f8a',
    sea: '#7cc0bb',
    seaDeep: '#3c8c87',
    accent: '#ffffff',
    ink: '#24595a',
  },
  sand: {
    skyTop: '#f3e4cc',
    skyBottom: '#fbf5ea',
    sun: '#f1c27d',
    far: '#e6cfa9',
    mid: '#d9b88a',
    near: '#c49a6c',
    sea: '#a9c7cf',
    seaDeep: '#7aa5b1',
    accent: '#fffaf0',
    ink: '#6b5440',
  },
  morning: {
    skyTop: '#b9d7ee',
    skyBottom: '#e9f3fa',
    sun: '#fff3cf',
    far: '#a9c4dc',
    mid: '#7fa5c6',
    near: '#557fa6',
    sea: '#8fb7d6',
    seaDeep: '#4f7fa8',
    accent: '#ffffff',
    ink: '#2f4d6b',
  },
  dusk: {
    skyTop: '#8e9cc7',
    skyBottom: '#e8c7c3',
    sun: '#f7d3a8',
    far: '#7d88b3',
    mid: '#5f6b9a',
    near: '#434d7a',
    sea: '#6f7fae',
    seaDeep: '#3f4b7a',
    accent: '#fdf3e7',
    ink: '#2b3258',
  },
  seafoam: {
    skyTop: '#d5ece6',
    skyBottom: '#f4faf7',
    sun: '#f9e3b4',
    far: '#b7dbd1',
    mid: '#8cc4b6',
    near: '#5fa698',
    sea: '#9dd0c8',
    seaDeep: '#5ea39b',
    accent: '#ffffff',
    ink: '#2f6058',
  },
  twilight: {
    skyTop: '#27385e',
    skyBottom: '#5c6f9c',
    sun: '#fbe7b0',
    far: '#3b4d78',
    mid: '#2e3f66',
    near: '#1f2c4d',
    sea: '#3a5283',
    seaDeep: '#22335a',
    accent: '#fff6da',
    ink: '#11192e',
  },
  sage: {
    skyTop: '#dfe8d6',
    skyBottom: '#f6f8ef',
    sun: '#f6dca6',
    far: '#c3d3b4',
    mid: '#9fb895',
    near: '#7a9974',
    sea: '#a7c4c0',
    seaDeep: '#6f9a95',
    accent: '#fffdf5',
    ink: '#45573f',
  },
  peach: {
    skyTop: '#fbd9c4',
    skyBottom: '#fff3ea',
    sun: '#f7b58c',
    far: '#f0c3a8',
    mid: '#e3a88c',
    near: '#c98a75',
    sea: '#b9cdd6',
    seaDeep: '#86a7b7',
    accent: '#ffffff',
    ink: '#6e4a44',
  },
}

/* ------------------------------------------------------------------ */
/* Shared drawing helpers                                              */
/* ------------------------------------------------------------------ */

function defs(p, id) {
  return `<defs>
    <linearGradient id="sky${id}" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.skyTop}"/><stop offset="1" stop-color="${p.skyBottom}"/>
    </linearGradient>
    <linearGradient id="sea${id}" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.sea}"/><stop offset="1" stop-color="${p.seaDeep}"/>
    </linearGradient>
    <radialGradient id="glow${id}" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="${p.sun}" stop-opacity="0.85"/><stop offset="1" stop-color="${p.sun}" stop-opacity="0"/>
    </radialGradient>
    <filter id="grain${id}" x="0" y="0" width="100%" height="100%">
      <feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="3" result="n"/>
      <feColorMatrix type="matrix" values="0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0 0.5  0 0 0 0.07 0"/>
    </filter>
  </defs>`
}

/** A smooth ridge line across the width, closed to the bottom edge. */
function ridge(r, w, h, baseY, amp, steps, fill, opacity = 1) {
  const pts = []
  for (let i = 0; i <= steps; i++) {
    pts.push([(w / steps) * i, baseY + r.range(-amp, amp)])
  }
  let d = `M0 ${h} L0 ${f(pts[0][1])}`
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1]
    const [x1, y1] = pts[i]
    const cx = (x0 + x1) / 2
    d += ` C${f(cx)} ${f(y0)} ${f(cx)} ${f(y1)} ${f(x1)} ${f(y1)}`
  }
  d += ` L${w} ${h} Z`
  return `<path d="${d}" fill="${fill}" opacity="${opacity}"/>`
}

function waveLines(r, w, y0, y1, count, color, opacity) {
  let out = ''
  for (let i = 0; i < count; i++) {
    const y = y0 + ((y1 - y0) * (i + r.next())) / count
    const x = r.range(-50, w)
    const len = r.range(40, 180)
    out += `<path d="M${f(x)} ${f(y)} q${f(len / 4)} -4 ${f(len / 2)} 0 t${f(len / 2)} 0" stroke="${color}" stroke-width="${f(r.range(1.5, 3))}" fill="none" stroke-linecap="round" opacity="${opacity}"/>`
  }
  return out
}

function sun(cx, cy, radius, p, id) {
  return `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius * 3)}" fill="url(#glow${id})"/>
    <circle cx="${f(cx)}" cy="${f(cy)}" r="${f(radius)}" fill="${p.sun}"/>`
}

function clouds(r, w, h, count, color, opacity) {
  let out = ''
  for (let i = 0; i < count; i++) {
    const cx = r.range(0, w)
    const cy = r.range(h * 0.08, h * 0.35)
    const rx = r.range(60, 160)
    out += `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rx)}" ry="${f(rx * r.range(0.12, 0.22))}" fill="${color}" opacity="${opacity}"/>`
  }
  return out
}

function birds(r, w, h, count, color) {
  let out = ''
  for (let i = 0; i < count; i++) {
    const x = r.range(w * 0.1, w * 0.9)
    const y = r.range(h * 0.1, h * 0.35)
    const s = r.range(6, 12)
    out += `<path d="M${f(x - s)} ${f(y)} q${f(s / 2)} ${f(-s / 2)} ${f(s)} 0 q${f(s / 2)} ${f(-s / 2)} ${f(s)} 0" stroke="${color}" stroke-width="2" fill="none" stroke-linecap="round" opacity="0.6"/>`
  }
  return out
}

function lighthouse(x, baseY, height, p, beams = false) {
  const wBase = height * 0.22
  const wTop = height * 0.14
  const bands = 3
  let out = ''
  if (beams) {
    out += `<path d="M${f(x)} ${f(baseY - height - 10)} L${f(x - 520)} ${f(baseY - height - 120)} L${f(x - 520)} ${f(baseY - height + 60)} Z" fill="${p.accent}" opacity="0.16"/>`
    out += `<path d="M${f(x)} ${f(baseY - height - 10)} L${f(x + 480)} ${f(baseY - height - 90)} L${f(x + 480)} ${f(baseY - height + 50)} Z" fill="${p.accent}" opacity="0.12"/>`
  }
  out += `<path d="M${f(x - wBase / 2)} ${f(baseY)} L${f(x - wTop / 2)} ${f(baseY - height)} L${f(x + wTop / 2)} ${f(baseY - height)} L${f(x + wBase / 2)} ${f(baseY)} Z" fill="${p.accent}"/>`
  for (let i = 0; i < bands; i++) {
    const t0 = (i * 2 + 1) / (bands * 2 + 1)
    const t1 = (i * 2 + 2) / (bands * 2 + 1)
    const y0 = baseY - height * t0
    const y1 = baseY - height * t1
    const w0 = wBase + (wTop - wBase) * t0
    const w1 = wBase + (wTop - wBase) * t1
    out += `<path d="M${f(x - w0 / 2)} ${f(y0)} L${f(x - w1 / 2)} ${f(y1)} L${f(x + w1 / 2)} ${f(y1)} L${f(x + w0 / 2)} ${f(y0)} Z" fill="${p.near}" opacity="0.55"/>`
  }
  const lampY = baseY - height
  out += `<rect x="${f(x - wTop / 2 - 4)}" y="${f(lampY - 6)}" width="${f(wTop + 8)}" height="6" fill="${p.ink}" opacity="0.7"/>`
  out += `<rect x="${f(x - wTop / 2 + 2)}" y="${f(lampY - 30)}" width="${f(wTop - 4)}" height="24" fill="${p.sun}"/>`
  out += `<path d="M${f(x - wTop / 2 - 2)} ${f(lampY - 30)} L${f(x)} ${f(lampY - 48)} L${f(x + wTop / 2 + 2)} ${f(lampY - 30)} Z" fill="${p.ink}" opacity="0.75"/>`
  return out
}

function sailboat(x, y, s, p) {
  return `<path d="M${f(x - s)} ${f(y)} L${f(x + s)} ${f(y)} L${f(x + s * 0.7)} ${f(y + s * 0.3)} L${f(x - s * 0.7)} ${f(y + s * 0.3)} Z" fill="${p.ink}" opacity="0.7"/>
    <path d="M${f(x)} ${f(y - 2)} L${f(x)} ${f(y - s * 1.6)} L${f(x + s * 0.8)} ${f(y - 4)} Z" fill="${p.accent}" opacity="0.95"/>
    <path d="M${f(x - 3)} ${f(y - 4)} L${f(x - 3)} ${f(y - s * 1.2)} L${f(x - s * 0.6)} ${f(y - 4)} Z" fill="${p.accent}" opacity="0.8"/>`
}

function tree(x, y, s, color) {
  return `<path d="M${f(x)} ${f(y - s * 2.4)} L${f(x + s * 0.7)} ${f(y)} L${f(x - s * 0.7)} ${f(y)} Z" fill="${color}"/>
    <rect x="${f(x - s * 0.08)}" y="${f(y)}" width="${f(s * 0.16)}" height="${f(s * 0.3)}" fill="${color}"/>`
}

function cottage(x, y, s, p) {
  return `<rect x="${f(x - s)}" y="${f(y - s)}" width="${f(s * 2)}" height="${f(s)}" fill="${p.accent}"/>
    <path d="M${f(x - s * 1.15)} ${f(y - s)} L${f(x)} ${f(y - s * 1.8)} L${f(x + s * 1.15)} ${f(y - s)} Z" fill="${p.near}"/>
    <rect x="${f(x - s * 0.55)}" y="${f(y - s * 0.7)}" width="${f(s * 0.35)}" height="${f(s * 0.3)}" fill="${p.sun}"/>
    <rect x="${f(x + s * 0.2)}" y="${f(y - s * 0.7)}" width="${f(s * 0.35)}" height="${f(s * 0.3)}" fill="${p.sun}"/>`
}

/* ------------------------------------------------------------------ */
/* Scenes (1200x675)                                                   */
/* ------------------------------------------------------------------ */

const scenes = {
  harbor(r, p, id, w, h) {
    const horizon = h * r.range(0.55, 0.62)
    const sx = r.range(w * 0.55, w * 0.85)
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(sx, horizon - r.range(60, 140), r.range(40, 60), p, id)
    s += clouds(r, w, h, r.int(3, 5), p.accent, 0.45)
    s += ridge(r, w, h, horizon - 30, 18, 6, p.far, 0.8)
    s += `<rect y="${f(horizon)}" width="${w}" height="${f(h - horizon)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, horizon + 10, h, 28, p.accent, 0.35)
    const lx = r.range(w * 0.12, w * 0.3)
    s += `<ellipse cx="${f(lx)}" cy="${f(horizon + 40)}" rx="170" ry="50" fill="${p.near}"/>`
    s += lighthouse(lx, horizon + 20, r.range(190, 240), p)
    s += sailboat(r.range(w * 0.45, w * 0.6), horizon + 50, 26, p)
    s += sailboat(r.range(w * 0.7, w * 0.9), horizon + 25, 15, p)
    s += birds(r, w, h, 4, p.ink)
    return s
  },
  lighthouseNight(r, p, id, w, h) {
    const horizon = h * 0.62
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    for (let i = 0; i < 90; i++) {
      s += `<circle cx="${f(r.range(0, w))}" cy="${f(r.range(0, horizon - 40))}" r="${f(r.range(0.8, 2.2))}" fill="${p.accent}" opacity="${f(r.range(0.3, 0.9))}"/>`
    }
    s += `<circle cx="${f(r.range(w * 0.7, w * 0.9))}" cy="${f(h * 0.18)}" r="34" fill="${p.sun}" opacity="0.9"/>`
    s += ridge(r, w, h, horizon - 25, 15, 5, p.far, 0.9)
    s += `<rect y="${f(horizon)}" width="${w}" height="${f(h - horizon)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, horizon + 8, h, 34, p.accent, 0.22)
    const lx = r.range(w * 0.4, w * 0.6)
    s += `<path d="M${f(lx - 240)} ${f(horizon + 30)} Q${f(lx)} ${f(horizon - 40)} ${f(lx + 260)} ${f(horizon + 30)} Z" fill="${p.near}"/>`
    s += lighthouse(lx, horizon - 5, 230, p, true)
    return s
  },
  sunrise(r, p, id, w, h) {
    const sx = r.range(w * 0.3, w * 0.7)
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(sx, h * 0.52, r.range(70, 100), p, id)
    for (let i = 1; i <= 4; i++) {
      s += `<circle cx="${f(sx)}" cy="${f(h * 0.52)}" r="${110 + i * 55}" fill="none" stroke="${p.accent}" stroke-width="2" opacity="${f(0.35 - i * 0.06)}"/>`
    }
    s += clouds(r, w, h, 3, p.accent, 0.5)
    s += ridge(r, w, h, h * 0.56, 40, 5, p.far, 0.9)
    s += ridge(r, w, h, h * 0.68, 45, 4, p.mid)
    s += ridge(r, w, h, h * 0.82, 35, 4, p.near)
    s += birds(r, w, h, 3, p.ink)
    return s
  },
  dunes(r, p, id, w, h) {
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.15, w * 0.4), h * r.range(0.22, 0.32), 55, p, id)
    s += clouds(r, w, h, 2, p.accent, 0.55)
    s += `<rect y="${f(h * 0.5)}" width="${w}" height="${f(h * 0.5)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, h * 0.52, h * 0.62, 12, p.accent, 0.4)
    s += ridge(r, w, h, h * 0.62, 25, 3, p.far)
    s += ridge(r, w, h, h * 0.74, 30, 3, p.mid)
    s += ridge(r, w, h, h * 0.88, 20, 3, p.near)
    for (let i = 0; i < 14; i++) {
      const x = r.range(0, w)
      const y = r.range(h * 0.7, h * 0.95)
      s += `<path d="M${f(x)} ${f(y)} l${f(r.range(-6, 6))} -${f(r.range(18, 34))}" stroke="${p.ink}" stroke-width="2" opacity="0.35" stroke-linecap="round"/>`
    }
    return s
  },
  path(r, p, id, w, h) {
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    const sx = r.range(w * 0.45, w * 0.6)
    s += sun(sx, h * 0.34, 50, p, id)
    s += ridge(r, w, h, h * 0.45, 30, 5, p.far, 0.85)
    s += ridge(r, w, h, h * 0.58, 30, 4, p.mid)
    s += ridge(r, w, h, h * 0.72, 25, 4, p.near)
    s += `<path d="M${f(w * 0.35)} ${h} C${f(w * 0.55)} ${f(h * 0.85)} ${f(w * 0.35)} ${f(h * 0.72)} ${f(sx)} ${f(h * 0.5)} L${f(sx + 6)} ${f(h * 0.5)} C${f(w * 0.45)} ${f(h * 0.72)} ${f(w * 0.7)} ${f(h * 0.85)} ${f(w * 0.6)} ${h} Z" fill="${p.accent}" opacity="0.8"/>`
    for (let i = 0; i < 9; i++) {
      const x = r.pick([r.range(w * 0.03, w * 0.3), r.range(w * 0.7, w * 0.97)])
      s += tree(x, r.range(h * 0.8, h * 0.95), r.range(16, 28), p.ink)
    }
    s += birds(r, w, h, 3, p.ink)
    return s
  },
  waves(r, p, id, w, h) {
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.6, w * 0.85), h * 0.3, 60, p, id)
    const colors = [p.far, p.sea, p.mid, p.seaDeep, p.near]
    colors.forEach((c, i) => {
      const base = h * (0.48 + i * 0.11)
      let d = `M0 ${f(base)}`
      const n = 6
      for (let k = 0; k < n; k++) {
        const x0 = (w / n) * k
        const amp = r.range(14, 30)
        d += ` Q${f(x0 + w / n / 4)} ${f(base - amp)} ${f(x0 + w / n / 2)} ${f(base)} T${f(x0 + w / n)} ${f(base)}`
      }
      d += ` L${w} ${h} L0 ${h} Z`
      s += `<path d="${d}" fill="${c}" opacity="0.92"/>`
    })
    s += waveLines(r, w, h * 0.5, h, 20, p.accent, 0.3)
    s += birds(r, w, h, 5, p.ink)
    return s
  },
  boats(r, p, id, w, h) {
    const horizon = h * 0.5
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.2, w * 0.8), horizon - 70, 65, p, id)
    s += clouds(r, w, h, 4, p.accent, 0.5)
    s += `<rect y="${f(horizon)}" width="${w}" height="${f(h - horizon)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, horizon + 6, h, 36, p.accent, 0.3)
    const n = r.int(3, 5)
    for (let i = 0; i < n; i++) {
      const y = horizon + 30 + i * 55
      s += sailboat(r.range(w * 0.1, w * 0.9), y, 14 + i * 9, p)
    }
    // pier
    s += `<rect x="${f(w * 0.62)}" y="${f(h * 0.86)}" width="${f(w * 0.38)}" height="16" fill="${p.near}"/>`
    for (let i = 0; i < 7; i++)
      s += `<rect x="${f(w * 0.64 + i * 62)}" y="${f(h * 0.86)}" width="10" height="${f(h * 0.14)}" fill="${p.near}"/>`
    return s
  },
  cottages(r, p, id, w, h) {
    const horizon = h * 0.56
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.65, w * 0.85), h * 0.25, 48, p, id)
    s += clouds(r, w, h, 3, p.accent, 0.5)
    s += ridge(r, w, h, horizon - 40, 20, 5, p.far, 0.85)
    s += `<rect y="${f(horizon)}" width="${w}" height="${f(h - horizon)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, horizon + 5, horizon + 90, 10, p.accent, 0.35)
    s += ridge(r, w, h, h * 0.7, 20, 4, p.mid)
    const n = r.int(3, 4)
    for (let i = 0; i < n; i++) s += cottage(w * 0.18 + i * w * 0.2 + r.range(-30, 30), h * 0.76, r.range(34, 46), p)
    for (let i = 0; i < 8; i++) s += tree(r.range(0, w), r.range(h * 0.78, h * 0.82), r.range(14, 22), p.near)
    s += ridge(r, w, h, h * 0.88, 10, 4, p.near)
    return s
  },
  network(r, p, id, w, h) {
    // soft abstract "connections" composition
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += `<circle cx="${f(w * 0.5)}" cy="${f(h * 0.5)}" r="300" fill="url(#glow${id})"/>`
    const nodes = []
    for (let i = 0; i < 26; i++) nodes.push([r.range(w * 0.08, w * 0.92), r.range(h * 0.1, h * 0.9), r.range(5, 16)])
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = nodes[i][0] - nodes[j][0]
        const dy = nodes[i][1] - nodes[j][1]
        if (Math.hypot(dx, dy) < 240) {
          s += `<path d="M${f(nodes[i][0])} ${f(nodes[i][1])} Q${f((nodes[i][0] + nodes[j][0]) / 2 + r.range(-30, 30))} ${f((nodes[i][1] + nodes[j][1]) / 2 + r.range(-30, 30))} ${f(nodes[j][0])} ${f(nodes[j][1])}" stroke="${p.mid}" stroke-width="2" fill="none" opacity="0.55"/>`
        }
      }
    }
    for (const [x, y, rad] of nodes) {
      s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rad * 2.2)}" fill="${p.sun}" opacity="0.25"/>`
      s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(rad)}" fill="${r.pick([p.near, p.mid, p.seaDeep])}"/>`
    }
    return s
  },
  stones(r, p, id, w, h) {
    // balanced cairn by calm water
    const horizon = h * 0.6
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.2, w * 0.4), h * 0.3, 55, p, id)
    s += `<rect y="${f(horizon)}" width="${w}" height="${f(h - horizon)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, horizon + 6, h * 0.8, 16, p.accent, 0.35)
    s += ridge(r, w, h, h * 0.84, 12, 4, '#e6dac6')
    const cx = r.range(w * 0.58, w * 0.72)
    let y = h * 0.86
    const sizes = [120, 96, 78, 60, 44]
    sizes.forEach((size, i) => {
      const ry = size * 0.32
      y -= ry
      s += `<ellipse cx="${f(cx + r.range(-8, 8))}" cy="${f(y)}" rx="${size}" ry="${f(ry)}" fill="${['#7d7771', '#a59d94', '#6f6a66', '#b9afa3', '#8a8580'][i]}"/>`
      y -= ry * 0.85
    })
    s += birds(r, w, h, 2, p.ink)
    return s
  },
  bridge(r, p, id, w, h) {
    const horizon = h * 0.6
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.4, w * 0.6), h * 0.33, 58, p, id)
    s += clouds(r, w, h, 3, p.accent, 0.45)
    s += ridge(r, w, h, horizon - 35, 15, 4, p.far, 0.9)
    s += `<rect y="${f(horizon)}" width="${w}" height="${f(h - horizon)}" fill="url(#sea${id})"/>`
    s += waveLines(r, w, horizon + 40, h, 22, p.accent, 0.3)
    s += `<path d="M-20 ${f(horizon + 30)} Q${f(w / 2)} ${f(horizon - 170)} ${w + 20} ${f(horizon + 30)}" stroke="${p.near}" stroke-width="22" fill="none"/>`
    s += `<rect x="0" y="${f(horizon - 40)}" width="${w}" height="12" fill="${p.near}"/>`
    for (let i = 1; i < 12; i++) {
      const x = (w / 12) * i
      const t = x / w
      const archY = (1 - t) * (1 - t) * (horizon + 30) + 2 * (1 - t) * t * (horizon - 170) + t * t * (horizon + 30)
      const top = Math.min(archY, horizon - 40)
      const bottom = Math.max(archY, horizon - 40)
      s += `<rect x="${f(x - 3)}" y="${f(top)}" width="6" height="${f(bottom - top)}" fill="${p.near}" opacity="0.8"/>`
    }
    s += `<path d="M0 ${f(horizon + 30)} Q${f(w / 2)} ${f(horizon + 190)} ${w} ${f(horizon + 30)}" stroke="${p.near}" stroke-width="10" fill="none" opacity="0.25"/>`
    return s
  },
  gradient(r, p, id, w, h) {
    // soft abstract shapes
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    for (let i = 0; i < 9; i++) {
      const c = r.pick([p.far, p.mid, p.sea, p.sun, p.accent])
      s += `<circle cx="${f(r.range(0, w))}" cy="${f(r.range(0, h))}" r="${f(r.range(80, 260))}" fill="${c}" opacity="${f(r.range(0.25, 0.55))}"/>`
    }
    s += ridge(r, w, h, h * 0.78, 40, 3, p.mid, 0.6)
    s += ridge(r, w, h, h * 0.9, 20, 3, p.near, 0.7)
    s += waveLines(r, w, h * 0.8, h, 10, p.accent, 0.35)
    return s
  },
  garden(r, p, id, w, h) {
    let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
    s += sun(r.range(w * 0.6, w * 0.8), h * 0.26, 52, p, id)
    s += clouds(r, w, h, 3, p.accent, 0.5)
    s += ridge(r, w, h, h * 0.5, 25, 5, p.far)
    s += ridge(r, w, h, h * 0.64, 20, 4, p.mid)
    for (let i = 0; i < 16; i++) s += tree(r.range(0, w), r.range(h * 0.64, h * 0.72), r.range(14, 30), p.near)
    s += ridge(r, w, h, h * 0.76, 14, 4, p.near)
    // rows of soft flowers
    for (let i = 0; i < 70; i++) {
      s += `<circle cx="${f(r.range(0, w))}" cy="${f(r.range(h * 0.8, h))}" r="${f(r.range(3, 7))}" fill="${r.pick([p.sun, p.accent, p.far])}" opacity="0.85"/>`
    }
    s += birds(r, w, h, 3, p.ink)
    return s
  },
}

/* ------------------------------------------------------------------ */
/* Avatars (400x400): abstract head-and-shoulders, no face, no text    */
/* ------------------------------------------------------------------ */

function avatar(r, p, id, w, h) {
  let s = `<rect width="${w}" height="${h}" fill="url(#sky${id})"/>`
  for (let i = 0; i < 5; i++) {
    s += `<circle cx="${f(r.range(0, w))}" cy="${f(r.range(0, h))}" r="${f(r.range(40, 120))}" fill="${r.pick([p.far, p.sea, p.sun])}" opacity="0.35"/>`
  }
  s += `<circle cx="200" cy="150" r="70" fill="${p.near}"/>`
  s += `<path d="M70 400 C70 290 130 240 200 240 C270 240 330 290 330 400 Z" fill="${p.near}"/>`
  s += `<circle cx="200" cy="200" r="190" fill="none" stroke="${p.accent}" stroke-width="6" opacity="0.6"/>`
  return s
}

/* ------------------------------------------------------------------ */
/* The image set                                                       */
/* ------------------------------------------------------------------ */

/** name: logical key used by scripts/seed-build.mjs */
export const IMAGE_SET = [
  // posts
  { name: 'post-heroin-brain', scene: 'network', palette: 'dusk' },
  { name: 'post-residential', scene: 'cottages', palette: 'seafoam' },
  { name: 'post-meth-treatment', scene: 'path', palette: 'sand' },
  { name: 'post-meth-withdrawal', scene: 'sunrise', palette: 'dawn' },
  { name: 'post-benzodiazepines', scene: 'stones', palette: 'morning' },
  { name: 'post-fentanyl-naloxone', scene: 'lighthouseNight', palette: 'twilight' },
  { name: 'post-talking-loved-one', scene: 'bridge', palette: 'peach' },
  { name: 'post-moud', scene: 'harbor', palette: 'teal' },
  { name: 'post-alcohol-withdrawal', scene: 'waves', palette: 'morning' },
  { name: 'post-first-call', scene: 'boats', palette: 'sand' },
  { name: 'post-relapse', scene: 'path', palette: 'sage' },
  { name: 'post-family-self-care', scene: 'garden', palette: 'peach' },
  { name: 'post-levels-of-care', scene: 'dunes', palette: 'teal' },
  // treatments
  { name: 'treatment-detox', scene: 'sunrise', palette: 'seafoam' },
  { name: 'treatment-residential', scene: 'cottages', palette: 'morning' },
  { name: 'treatment-outpatient', scene: 'bridge', palette: 'sage' },
  { name: 'treatment-mat', scene: 'harbor', palette: 'dawn' },
  // videos
  { name: 'video-residential-tour', scene: 'cottages', palette: 'sand' },
  { name: 'video-detox-day-by-day', scene: 'waves', palette: 'dawn' },
  { name: 'video-buprenorphine', scene: 'gradient', palette: 'teal' },
  { name: 'video-first-conversation', scene: 'garden', palette: 'sage' },
  { name: 'video-naloxone', scene: 'lighthouseNight', palette: 'dusk' },
  // body images
  { name: 'body-calm-water', scene: 'boats', palette: 'seafoam' },
  { name: 'body-soft-gradient', scene: 'gradient', palette: 'peach' },
  // people
  { name: 'person-maya-linden', scene: 'avatar', palette: 'seafoam', square: true },
  { name: 'person-dana-okafor', scene: 'avatar', palette: 'morning', square: true },
  { name: 'person-jordan-ellis', scene: 'avatar', palette: 'sand', square: true },
]

function render(entry, index) {
  const { width: w, height: h } = entry.square ? SQUARE : WIDE
  const p = PALETTES[entry.palette]
  const r = rng(entry.name)
  const id = String(index)
  const draw = entry.scene === 'avatar' ? avatar : scenes[entry.scene]
  if (!draw) throw new Error(`Unknown scene ${entry.scene}`)
  const body = draw(r, p, id, w, h)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${defs(p, id)}${body}<rect width="${w}" height="${h}" filter="url(#grain${id})"/></svg>`
}

async function main() {
  const clean = process.argv.includes('--clean')
  await mkdir(outDir, { recursive: true })
  const mapping = {}
  for (const [index, entry] of IMAGE_SET.entries()) {
    const svg = render(entry, index)
    const { width, height } = entry.square ? SQUARE : WIDE
    const jpeg = await sharp(Buffer.from(svg), { density: 72 })
      .resize(width, height)
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: QUALITY, chromaSubsampling: '4:2:0', mozjpeg: false })
      .toBuffer() // sharp strips metadata by default, keeping the bytes deterministic
    const bytes = jpeg
    const sha1 = createHash('sha1').update(bytes).digest('hex')
    const file = `${sha1}-${width}x${height}.jpg`
    await writeFile(path.join(outDir, file), bytes)
    mapping[entry.name] = { file, width, height, bytes: bytes.length }
  }
  if (clean) {
    const keep = new Set(Object.values(mapping).map((m) => m.file))
    for (const file of await readdir(outDir)) {
      if (file.endsWith('.jpg') && !keep.has(file)) await unlink(path.join(outDir, file))
    }
  }
  await writeFile(mapFile, JSON.stringify(mapping, null, 2) + '\n')
  for (const [name, m] of Object.entries(mapping)) {
    console.log(`${name.padEnd(28)} ${m.file}  ${(m.bytes / 1024).toFixed(1)} KB`)
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('seed-generate-images.mjs')) {
  await main()
}
