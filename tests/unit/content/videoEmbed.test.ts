import { parseVideoUrl } from '@/lib/content/videoEmbed'

describe('parseVideoUrl', () => {
  it('embeds YouTube from the no-cookie domain with captions on', () => {
    for (const url of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ']) {
      expect(parseVideoUrl(url)).toEqual({
        provider: 'youtube',
        id: 'dQw4w9WgXcQ',
        embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&cc_load_policy=1',
        watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
        providerName: 'YouTube',
      })
    }
  })

  it('embeds Vimeo with Do Not Track', () => {
    expect(parseVideoUrl('https://vimeo.com/76979871')?.embedUrl).toBe('https://player.vimeo.com/video/76979871?dnt=1')
  })

  it.each([
    null,
    '',
    'not a url',
    'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://evil.example/watch?v=abc',
    'https://www.youtube.com/watch?v=<script>',
    'https://vimeo.com/abc',
  ])('refuses %j', (url) => {
    expect(parseVideoUrl(url)).toBeNull()
  })
})
