import { buildImageSet, ladderFor } from '@/lib/media/imageSet'
import { WIDTH_LADDER } from '@/lib/media/variants'

const HASH = '0342a69cefc2bdac0f8ba7ba64464115696b9604'
const REF = `image-${HASH}-1200x675-jpg`
const FILE = `/media/${HASH}-1200x675.jpg`

/** The URL of each candidate of a srcset, by its width descriptor. */
function candidates(srcSet: string): Map<number, string> {
  return new Map(
    srcSet.split(', ').map((candidate) => {
      const [url, descriptor] = candidate.split(' ')
      return [Number(descriptor.slice(0, -1)), url] as const
    }),
  )
}

describe('ladderFor', () => {
  it('keeps ladder widths up to the intrinsic width, never upscaling', () => {
    expect(ladderFor(1200)).toEqual([96, 160, 320, 480, 640, 800, 960, 1200])
    expect(ladderFor(700)).toEqual([96, 160, 320, 480, 640])
    expect(ladderFor(5000)).toEqual([...WIDTH_LADDER])
  })

  it('gives an image narrower than every rung the smallest one', () => {
    expect(ladderFor(50)).toEqual([96])
  })

  it('stops at the first rung that covers the slot’s largest need', () => {
    expect(ladderFor(1200, 144)).toEqual([96, 160])
    expect(ladderFor(1200, 160)).toEqual([96, 160])
  })
})

describe('buildImageSet', () => {
  it('returns null for references that are not usable images', () => {
    expect(buildImageSet(null, { sizes: '100vw' })).toBeNull()
    expect(buildImageSet({ ref: null }, { sizes: '100vw' })).toBeNull()
    expect(buildImageSet({ ref: `image-${HASH}-1200x675-svg` }, { sizes: '100vw' })).toBeNull()
  })

  it('without crop: width and format only, the intrinsic size of the original, AVIF then WebP then JPEG', () => {
    const set = buildImageSet({ ref: REF }, { sizes: '(min-width: 64rem) 46rem, 92vw' })!
    expect(set.width).toBe(1200)
    expect(set.height).toBe(675)
    expect(set.sizes).toBe('(min-width: 64rem) 46rem, 92vw')
    expect(set.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp'])
    expect(candidates(set.sources[0].srcSet).get(640)).toBe(`${FILE}?w=640&fm=avif`)
    expect(candidates(set.sources[1].srcSet).get(1200)).toBe(`${FILE}?w=1200&fm=webp`)
    expect(candidates(set.srcSet).get(96)).toBe(`${FILE}?w=96&fm=jpg`)
    expect([...candidates(set.srcSet).keys()]).toEqual(ladderFor(1200))
    expect(set.src).toBe(`${FILE}?w=800&fm=jpg`)
  })

  it('turns the editor’s crop into rect (pixels of the original) and caps the ladder at the crop’s width', () => {
    const set = buildImageSet({ ref: REF, crop: { left: 0.25, right: 0.25, top: 0.2, bottom: 0 } }, { sizes: '100vw' })!
    // 1200 × (1 - 0.5) = 600 wide from x=300; 675 × 0.8 = 540 high from y=135.
    expect(set.width).toBe(600)
    expect(set.height).toBe(540)
    const urls = candidates(set.srcSet)
    expect([...urls.keys()]).toEqual([96, 160, 320, 480])
    expect(urls.get(480)).toBe(`${FILE}?rect=300,135,600,540&w=480&fm=jpg`)
  })

  it('in a slot with an aspect ratio: height, fit=crop and a rect of that shape centred on the hotspot inside the crop', () => {
    const set = buildImageSet(
      { ref: REF, crop: { left: 0, right: 0, top: 0, bottom: 0 }, hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 } },
      { sizes: '3rem', aspectRatio: 1 },
    )!
    // A 675x675 square as far right as the hotspot (x = 1080) allows: it ends at the image's edge.
    expect(set.width).toBe(675)
    expect(set.height).toBe(675)
    expect(candidates(set.sources[0].srcSet).get(320)).toBe(`${FILE}?rect=525,0,675,675&w=320&h=320&fm=avif&fit=crop`)
  })

  it('with the hotspot in the middle and an image already of the slot’s shape, no rect at all', () => {
    const set = buildImageSet({ ref: REF }, { sizes: '22rem', aspectRatio: 16 / 9 })!
    expect(candidates(set.srcSet).get(640)).toBe(`${FILE}?w=640&h=360&fm=jpg&fit=crop`)
  })

  it('ignores a crop that leaves nothing and clamps values outside 0..1', () => {
    expect(buildImageSet({ ref: REF, crop: { left: 0.6, right: 0.6 } }, { sizes: '100vw' })!.width).toBe(1200)
    expect(buildImageSet({ ref: REF, crop: { left: -1, right: 0, top: 0, bottom: 0 } }, { sizes: '100vw' })!.width).toBe(1200)
  })

  it('falls back to PNG when the original may carry alpha', () => {
    const set = buildImageSet({ ref: `image-${HASH}-1200x675-png` }, { sizes: '100vw' })!
    expect(set.src).toBe(`/media/${HASH}-1200x675.png?w=800&fm=png`)
    expect(candidates(set.sources[1].srcSet).get(320)).toBe(`/media/${HASH}-1200x675.png?w=320&fm=webp`)
  })
})
