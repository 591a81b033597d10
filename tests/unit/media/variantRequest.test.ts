import { parseImageRef } from '@/lib/content/images'
import { buildImageSet } from '@/lib/media/imageSet'
import { MAX_QUERY_LENGTH, parseVariantRequest } from '@/lib/media/variantRequest'

const HASH = '0342a69cefc2bdac0f8ba7ba64464115696b9604'
const asset = parseImageRef(`image-${HASH}-1200x675-jpg`)!

const message = (search: string) => {
  const result = parseVariantRequest(search, asset)
  return result.ok ? null : result.message
}

describe('parseVariantRequest', () => {
  it('asks for the original when there is no query', () => {
    expect(parseVariantRequest('', asset)).toEqual({ ok: true, variant: null })
    expect(parseVariantRequest('?', asset)).toEqual({ ok: true, variant: null })
  })

  it('reads rect, width, height, format and fit', () => {
    expect(parseVariantRequest('?rect=100,0,600,675&w=320&h=360&fm=avif&fit=crop', asset)).toEqual({
      ok: true,
      variant: {
        rect: { left: 100, top: 0, width: 600, height: 675 },
        width: 320,
        height: 360,
        format: 'avif',
        query: 'rect=100,0,600,675&w=320&h=360&fm=avif&fit=crop',
      },
    })
    expect(parseVariantRequest('w=640&fm=webp', asset)).toMatchObject({ ok: true, variant: { rect: null, width: 640, height: null } })
  })

  it('accepts every URL the image sets write, for every slot shape', () => {
    const images = [
      { ref: `image-${HASH}-1200x675-jpg` },
      {
        ref: `image-${HASH}-1200x675-jpg`,
        crop: { left: 0.13, right: 0.07, top: 0.21, bottom: 0.03 },
        hotspot: { x: 0.3, y: 0.6, width: 0.2, height: 0.1 },
      },
      { ref: `image-${HASH}-1200x675-jpg`, hotspot: { x: 0.95, y: 0.05, width: 0.05, height: 0.05 } },
    ]
    for (const image of images) {
      for (const aspectRatio of [undefined, 1, 16 / 9, 4 / 3, 0.75]) {
        const set = buildImageSet(image, { sizes: '100vw', aspectRatio })!
        const urls = [
          set.src,
          ...[set.srcSet, ...set.sources.map((source) => source.srcSet)].flatMap((srcSet) =>
            srcSet.split(', ').map((c) => c.split(' ')[0]),
          ),
        ]
        for (const url of urls) expect([url, message(new URL(url, 'http://x').search)]).toEqual([url, null])
      }
    }
  })

  it.each([
    ['x'.repeat(MAX_QUERY_LENGTH + 1), /^Query string too long: at most 160 characters$/],
    ['w=320&fm=jpg&q=90', /^Unknown parameter "q": only rect, w, h, fm, fit are accepted$/],
    ['w=320&w=640&fm=jpg', /^Parameter w appears more than once$/],
    ['fm=jpg', /^w is required$/],
    ['w=321&fm=jpg', /^w must be one of 96, 160, 320, 480, 640, 800, 960, 1200, 1600, 2000$/],
    ['w=0320&fm=jpg', /^Parameters must be written as w=320&fm=jpg/],
    ['w=1600&fm=jpg', /^w must be at most the width shown \(1200\)$/],
    ['rect=0,0,600,600&w=800&fm=jpg', /^w must be at most the width shown \(600\)$/],
    ['w=320', /^fm is required: one of avif, webp, jpg, png$/],
    ['w=320&fm=gif', /^fm must be one of avif, webp, jpg, png$/],
    ['w=320&fm=svg', /^fm must be one of avif, webp, jpg, png$/],
    ['rect=1,2,3&w=320&fm=jpg', /^rect must be four whole numbers: left,top,width,height$/],
    ['rect=-1,0,10,10&w=320&fm=jpg', /^rect must be four whole numbers/],
    ['rect=600,0,601,675&w=320&fm=jpg', /^rect must lie inside the 1200x675 image$/],
    ['rect=0,0,0,10&w=96&fm=jpg', /^rect must lie inside the 1200x675 image$/],
    ['rect=0,0,1200,675&w=320&fm=jpg', /^rect must be left out when it is the whole image$/],
    ['w=320&h=320&fm=jpg&fit=crop', /^h must keep the shape of the image shown: 180 for w=320$/],
    ['w=320&h=180&fm=jpg', /^fit=crop is required with h$/],
    ['w=320&h=180&fm=jpg&fit=max', /^fit=crop is required with h$/],
    ['w=320&fm=jpg&fit=crop', /^fit is accepted only with h \(fit=crop\)$/],
    ['fm=jpg&w=320', /^Parameters must be written as w=320&fm=jpg \(order rect, w, h, fm, fit; no leading zeros\)$/],
    ['rect=0100,0,600,675&w=320&fm=jpg', /^Parameters must be written as rect=100,0,600,675&w=320&fm=jpg/],
  ])('refuses %s with a specific message', (search, expected) => {
    expect(message(search)).toMatch(expected)
  })

  it('reads rect’s commas percent-encoded too (Next.js re-encodes the query it hands the route)', () => {
    expect(parseVariantRequest('?rect=100%2C0%2c600%2C675&w=320&fm=jpg', asset)).toMatchObject({
      ok: true,
      variant: { rect: { left: 100, top: 0, width: 600, height: 675 }, query: 'rect=100,0,600,675&w=320&fm=jpg' },
    })
  })

  it('lets an image narrower than every rung be asked for at the smallest rung', () => {
    const tiny = parseImageRef(`image-${HASH}-64x64-png`)!
    expect(parseVariantRequest('w=96&fm=png', tiny)).toMatchObject({ ok: true })
    expect(parseVariantRequest('w=160&fm=png', tiny)).toMatchObject({ ok: false })
  })
})
