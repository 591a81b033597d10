import type { z } from 'zod'
import { ConfigError } from './error'

/**
 * The one way modules read configuration: a zod schema over the environment, parsed once per
 * process, failing with a ConfigError that names every wrong variable and what to set.
 * instrumentation.ts reads each module's configuration at start, so a wrong value stops the
 * server before its first request instead of failing one. Not `server-only`: next.config.ts
 * and proxy.ts read configuration too.
 */
export type Environment = Record<string, string | undefined>

export type ConfigReader<T> = {
  /** The process's configuration: parsed from process.env on first use, then reused. */
  (): T
  /** Parses the given variables (tests, scripts), throwing ConfigError when any is wrong. */
  parse(source: Environment): T
}

/** A blank value counts as unset, so `NAME=` in an env file means "use the default". */
export const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

/**
 * `what` names the configuration in the error ("contact-form configuration"); each line of the
 * error starts with the variable's name (for an issue inside a list, the list's variable).
 */
export function defineConfig<Schema extends z.ZodType, T = z.output<Schema>>(
  what: string,
  schema: Schema,
  finish: (parsed: z.output<Schema>) => T = (parsed) => parsed as unknown as T,
): ConfigReader<T> {
  const parse = (source: Environment): T => {
    const result = schema.safeParse(source)
    if (!result.success) {
      const lines = result.error.issues.map((issue) => `  - ${String(issue.path[0] ?? '(environment)')} ${issue.message}`)
      throw new ConfigError(`Invalid ${what}. Fix these environment variables (see .env.example):\n${lines.join('\n')}`)
    }
    return finish(result.data)
  }
  let cached: { value: T } | undefined
  const read = () => (cached ??= { value: parse(process.env) }).value
  return Object.assign(read, { parse })
}
