import type { ImageSlot } from './imageSet'

/*
 * The layout slots images are shown in: `sizes` follows each slot's CSS (the 74rem container with
 * clamp(1rem, 4vw, 2rem) padding: 100vw - 2rem on small phones, 92vw up to 50rem, 100vw - 4rem
 * beyond) and was checked in Chromium at 390 px and 1280 px (tests/integration/media/pages.test.ts).
 */
export const IMAGE_SLOTS = {
  /** A card in `.card-grid` (app/globals.css, 18rem columns): one column, two from ~41rem, three from 61rem. */
  card: { sizes: '(min-width: 74rem) 22.5rem, (min-width: 61rem) 31vw, (min-width: 41rem) 45vw, 92vw', aspectRatio: 16 / 9 },
  /** A card in `.card-grid--compact` (15rem columns, the treatment programmes): up to four columns. */
  cardCompact: {
    sizes: '(min-width: 74rem) 16.5rem, (min-width: 68.5rem) 23vw, (min-width: 52rem) 30vw, (min-width: 34rem) 45vw, 92vw',
    aspectRatio: 16 / 9,
  },
  /** The 3rem round portraits beside an article's byline. */
  avatar: { sizes: '3rem', aspectRatio: 1, maxWidth: 144 },
  /** An article's main image and its body figures: the 46rem main column. */
  articleColumn: { sizes: '(min-width: 64rem) 46rem, (min-width: 50rem) calc(100vw - 4rem), 92vw' },
  /** A treatment's hero: the right half of the hero from 56rem, full width below. */
  treatmentHero: { sizes: '(min-width: 74rem) 32rem, (min-width: 56rem) 42vw, (min-width: 50rem) calc(100vw - 4rem), 92vw' },
  /** A video page's player thumbnail or still: the 54rem column, 16:9. */
  video: { sizes: '(min-width: 58rem) 54rem, (min-width: 50rem) calc(100vw - 4rem), 92vw', aspectRatio: 16 / 9 },
} satisfies Record<string, ImageSlot>
