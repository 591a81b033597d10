import { ConfigError } from '@/lib/config/error'
import { instanceConfig, runsSeveralInstances } from '@/lib/config/instances'

const SHARED = {
  REDIS_URL: 'redis://redis:6379',
  DATABASE_URL: 'postgres://clinic@db:5432/clinic',
  NEXT_DEPLOYMENT_ID: '4e3b508',
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
}

describe('multi-instance configuration (INSTANCES)', () => {
  test('one instance by default, needing nothing shared', () => {
    const config = instanceConfig.parse({})
    expect(config.INSTANCES).toBe(1)
    expect(runsSeveralInstances(config)).toBe(false)
    expect(instanceConfig.parse({ INSTANCES: ' ' }).INSTANCES).toBe(1)
  })

  test('several instances with Redis, PostgreSQL and one build’s id and key', () => {
    const config = instanceConfig.parse({ INSTANCES: '3', ...SHARED })
    expect(config.INSTANCES).toBe(3)
    expect(runsSeveralInstances(config)).toBe(true)
  })

  test.each(Object.keys(SHARED))('several instances without %s: refused, naming it and what to set', (variable) => {
    const env: Record<string, string> = { INSTANCES: '3', ...SHARED }
    delete env[variable]
    const parse = () => instanceConfig.parse(env)
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(new RegExp(`\\n  - ${variable} is required when INSTANCES is more than 1 \\(INSTANCES=3\\): set it `))
  })

  test('several instances with nothing shared: every missing variable is named at once', () => {
    const parse = () => instanceConfig.parse({ INSTANCES: '2' })
    for (const variable of Object.keys(SHARED)) expect(parse).toThrow(new RegExp(`- ${variable} is required`))
  })

  test.each([
    ['0', /INSTANCES must be at least 1/],
    ['two', /INSTANCES must be a whole number/],
    ['1.5', /INSTANCES must be a whole number/],
  ])('INSTANCES=%s is refused', (value, message) => {
    expect(() => instanceConfig.parse({ INSTANCES: value })).toThrow(message)
  })

  test('a REDIS_URL that is not a redis:// URL is refused', () => {
    expect(() => instanceConfig.parse({ REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/)
  })
})
