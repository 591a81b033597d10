/** The site's palette, as the article page uses it (components' CSS). */
export const COLOR = {
  ink: '#18252f',
  soft: '#46545f',
  navy: '#12324a',
  teal: '#0b5f66',
  crisis: '#9b2c2c',
  rule: '#e2d8c9',
} as const
