/**
 * A configuration value that cannot work. Thrown at start (see lib/config/define.ts); instrumentation.ts prints the
 * message (which names the variable and what to set) and exits with status 1. Kept free of
 * `server-only` so next.config.ts and proxy.ts can throw it too.
 */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
