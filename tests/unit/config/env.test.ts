import { ConfigError } from '@/lib/config/error'
import { parseEnv } from '@/lib/config/env'

describe('site configuration', () => {
  test('runs on the bundled dataset with no variables at all', () => {
    const env = parseEnv({})
    expect(env.SITE_URL).toBe('http://localhost:3000')
    expect(env.NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
    expect(env.NEXT_PUBLIC_SANITY_DATASET).toBe('production')
    expect(env.NEXT_PUBLIC_SANITY_API_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  test('treats empty strings as unset, as a copied .env.example leaves them', () => {
    expect(parseEnv({ SITE_URL: '', NEXT_PUBLIC_SANITY_PROJECT_ID: '' }).NEXT_PUBLIC_SANITY_PROJECT_ID).toBeUndefined()
  })

  test('accepts a real project configuration', () => {
    const env = parseEnv({
      SITE_URL: 'https://harborlight.example',
      NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123xy',
      NEXT_PUBLIC_SANITY_DATASET: 'staging',
      NEXT_PUBLIC_SANITY_API_VERSION: 'v2025-10-01',
      SANITY_API_READ_TOKEN: 'sk' + 'x'.repeat(40),
    })
    expect(env.NEXT_PUBLIC_SANITY_API_VERSION).toBe('2025-10-01')
    expect(env.SITE_URL).toBe('https://harborlight.example')
  })

  test('accepts a deployment id and a server-actions key as openssl writes it', () => {
    const env = parseEnv({ NEXT_DEPLOYMENT_ID: '4e3b508', NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64') })
    expect(env.NEXT_DEPLOYMENT_ID).toBe('4e3b508')
  })

  test.each([
    ['SITE_URL', { SITE_URL: 'harborlight.example' }, /SITE_URL must be an absolute http\(s\) URL/],
    ['SITE_URL', { SITE_URL: 'ftp://harborlight.example' }, /SITE_URL must be an absolute http\(s\) URL/],
    [
      'NEXT_PUBLIC_SANITY_PROJECT_ID',
      { NEXT_PUBLIC_SANITY_PROJECT_ID: 'My Project' },
      /NEXT_PUBLIC_SANITY_PROJECT_ID must be a Sanity project id/,
    ],
    ['NEXT_PUBLIC_SANITY_DATASET', { NEXT_PUBLIC_SANITY_DATASET: 'Prod Data' }, /NEXT_PUBLIC_SANITY_DATASET must be a dataset name/],
    ['NEXT_PUBLIC_SANITY_API_VERSION', { NEXT_PUBLIC_SANITY_API_VERSION: 'latest' }, /NEXT_PUBLIC_SANITY_API_VERSION must be a date/],
    ['SANITY_API_READ_TOKEN', { SANITY_API_READ_TOKEN: 'abc' }, /SANITY_API_READ_TOKEN looks too short/],
    ['SANITY_API_HOST', { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc', SANITY_API_HOST: 'not a url' }, /SANITY_API_HOST must be an http\(s\) URL/],
    ['NEXT_DEPLOYMENT_ID', { NEXT_DEPLOYMENT_ID: 'a/b' }, /NEXT_DEPLOYMENT_ID must be 1 to 64 letters/],
    [
      'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY',
      { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'AAAA' },
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key/,
    ],
    [
      'SANITY_API_HOST without a project',
      { SANITY_API_HOST: 'http://127.0.0.1:9' },
      /NEXT_PUBLIC_SANITY_PROJECT_ID is required when SANITY_API_HOST is set/,
    ],
  ])('a wrong %s stops start-up with a message naming it', (_name, source, message) => {
    expect(() => parseEnv(source)).toThrow(ConfigError)
    expect(() => parseEnv(source)).toThrow(message)
  })
})

describe('SITE_URL in production', () => {
  test.each([
    [{ NODE_ENV: 'production' }, /SITE_URL is required in production/],
    [{ NODE_ENV: 'production', SITE_URL: 'http://clinic.example' }, /SITE_URL must be an https:\/\/ URL in production/],
    [{ NODE_ENV: 'production', SITE_URL: 'clinic.example' }, /SITE_URL must be an absolute http\(s\) URL/],
  ])('%j stops start-up', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
  })

  test.each(['https://clinic.example', 'http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000'])('accepts %s', (url) => {
    expect(parseEnv({ NODE_ENV: 'production', SITE_URL: url }).SITE_URL).toBe(url)
  })

  test('next build may go without it (pages then carry the default origin)', () => {
    const phase = process.env.NEXT_PHASE
    process.env.NEXT_PHASE = 'phase-production-build'
    try {
      expect(parseEnv({ NODE_ENV: 'production' }).SITE_URL).toBe('http://localhost:3000')
    } finally {
      if (phase === undefined) delete process.env.NEXT_PHASE
      else process.env.NEXT_PHASE = phase
    }
  })
})
