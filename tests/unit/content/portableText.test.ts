import {
  isExternalHref,
  safeHref,
  toPlainText,
  withPositionalKeys,
  type CalloutBlock,
  type RichTextBlock,
  type TextBlock,
} from '@/lib/content/portableText'

describe('safeHref', () => {
  it.each([
    'https://www.samhsa.gov/find-help',
    'http://example.org',
    'mailto:admissions@harborlight.example',
    'tel:+15555550142',
    '/treatments/outpatient',
    '#sources',
    '?page=2',
    'treatments/outpatient',
  ])('keeps %s', (href) => {
    expect(safeHref(href)).toBe(href)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/path',
    '',
    '   ',
  ])('refuses %j', (href) => {
    expect(safeHref(href)).toBeNull()
  })

  it('refuses missing values', () => {
    expect(safeHref(undefined)).toBeNull()
    expect(safeHref(null)).toBeNull()
  })
})

describe('isExternalHref', () => {
  it('is true only for http(s) links', () => {
    expect(isExternalHref('https://nida.nih.gov')).toBe(true)
    expect(isExternalHref('/blog')).toBe(false)
    expect(isExternalHref('mailto:a@b.example')).toBe(false)
  })
})

describe('toPlainText', () => {
  it('joins text blocks and callouts, skipping images', () => {
    const body: RichTextBlock[] = [
      { _type: 'block', _key: 'a', style: 'h2', children: [{ _type: 'span', _key: 's1', text: 'Title' }] },
      {
        _type: 'block',
        _key: 'b',
        children: [
          { _type: 'span', _key: 's2', text: 'Hello ' },
          { _type: 'span', _key: 's3', text: 'world' },
        ],
      },
      { _type: 'accessibleImage', _key: 'c', alt: 'alt text', caption: 'caption', ref: null },
      { _type: 'callout', _key: 'd', tone: 'crisis', title: 'Help now', body: 'Call 988' },
    ]
    expect(toPlainText(body)).toBe('Title\nHello world\nHelp now\nCall 988')
  })
})

describe('withPositionalKeys', () => {
  const body = [
    {
      _type: 'block',
      _key: '9e42c4edbdb9',
      style: 'normal',
      markDefs: [{ _type: 'link', _key: '0f5b2f74c50e', href: 'https://findtreatment.gov/' }],
      children: [
        { _type: 'span', _key: 'a1', text: 'See ', marks: [] },
        { _type: 'span', _key: 'a2', text: 'FindTreatment.gov', marks: ['0f5b2f74c50e', 'strong'] },
      ],
    },
    { _type: 'callout', _key: 'f84a6d4a95ca', tone: 'info', title: 'Note', body: 'Text' },
  ] as const

  test('replaces random keys by position, keeps marks pointing at their renamed link', () => {
    const [block, callout] = withPositionalKeys(body as never) as [TextBlock, CalloutBlock]
    expect(block._key).toBe('0')
    expect(block.markDefs).toEqual([{ _type: 'link', _key: '0m0', href: 'https://findtreatment.gov/' }])
    expect(block.children?.map((child) => [child._key, child.marks])).toEqual([
      ['0.0', []],
      ['0.1', ['0m0', 'strong']],
    ])
    expect(callout).toEqual({ _type: 'callout', _key: '1', tone: 'info', title: 'Note', body: 'Text' })
  })
})
