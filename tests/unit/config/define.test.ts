import { z } from 'zod'
import { blankAsUnset, defineConfig } from '@/lib/config/define'
import { ConfigError } from '@/lib/config/error'

const reader = () =>
  defineConfig(
    'test configuration',
    z.object({ PORT_NUMBER: z.preprocess(blankAsUnset, z.coerce.number().int('must be a whole number').default(8080)) }),
  )

describe('defineConfig', () => {
  test('a blank value counts as unset and takes the default', () => {
    expect(reader().parse({ PORT_NUMBER: '  ' }).PORT_NUMBER).toBe(8080)
  })

  test('a wrong value throws a ConfigError naming the variable, the configuration and where to look', () => {
    const parse = () => reader().parse({ PORT_NUMBER: '80.5' })
    expect(parse).toThrow(ConfigError)
    expect(parse).toThrow(
      'Invalid test configuration. Fix these environment variables (see .env.example):\n  - PORT_NUMBER must be a whole number',
    )
  })

  test('an issue inside a list names the list variable, not its index', () => {
    const withList = defineConfig('test configuration', z.object({ NAMES: z.array(z.string().min(2, 'is too short')) }))
    expect(() => withList.parse({ NAMES: ['ok', 'x'] } as never)).toThrow(/\n {2}- NAMES is too short$/)
  })

  test('the process configuration is read once: later changes to process.env need a restart', () => {
    const read = reader()
    process.env.PORT_NUMBER = '3001'
    try {
      expect(read().PORT_NUMBER).toBe(3001)
      process.env.PORT_NUMBER = '3002'
      expect(read().PORT_NUMBER).toBe(3001)
    } finally {
      delete process.env.PORT_NUMBER
    }
  })

  test('finish shapes the parsed value (defaults that depend on other settings)', () => {
    const withFinish = defineConfig('test configuration', z.object({ A: z.string().optional() }), (parsed) => ({
      A: parsed.A ?? 'fallback',
    }))
    expect(withFinish.parse({}).A).toBe('fallback')
  })
})
