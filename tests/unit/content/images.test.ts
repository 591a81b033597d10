import { imageSource, mediaFileName, parseImageRef, parseMediaFileName } from '@/lib/content/images'

const HASH = '0342a69cefc2bdac0f8ba7ba64464115696b9604'

describe('imageSource', () => {
  it('turns a Sanity image reference into a local /media URL with its intrinsic size', () => {
    expect(imageSource(`image-${HASH}-1200x675-jpg`)).toEqual({ src: `/media/${HASH}-1200x675.jpg`, width: 1200, height: 675 })
    expect(imageSource(`image-${HASH}-400x400-png`)).toEqual({ src: `/media/${HASH}-400x400.png`, width: 400, height: 400 })
  })

  it.each([
    null,
    undefined,
    '',
    `image-${HASH}-1200x675-svg`,
    `image-${HASH}-0x675-jpg`,
    `file-${HASH}-1200x675-jpg`,
    `image-${HASH.toUpperCase()}-1200x675-jpg`,
    `image-../../etc-1200x675-jpg`,
  ])('returns null for %j', (ref) => {
    expect(imageSource(ref)).toBeNull()
  })
})

describe('media file names', () => {
  it('round-trip between reference, file name and asset', () => {
    const asset = parseImageRef(`image-${HASH}-1200x675-webp`)
    expect(asset).toEqual({ hash: HASH, width: 1200, height: 675, format: 'webp' })
    expect(mediaFileName(asset!)).toBe(`${HASH}-1200x675.webp`)
    expect(parseMediaFileName(`${HASH}-1200x675.webp`)).toEqual(asset)
  })

  it.each([
    `../${HASH}-1200x675.jpg`,
    `${HASH}-1200x675.jpg/..`,
    `${HASH}-1200x675.svg`,
    `${HASH}-1200x675`,
    `${HASH}.jpg`,
    `${HASH}-1200x675.jpg?x=1`,
  ])('rejects %s', (file) => {
    expect(parseMediaFileName(file)).toBeNull()
  })
})
