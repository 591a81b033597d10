import { loadEnvConfig } from '@next/env'

/** Loads .env files the way `next start` does, so the commands see the server's configuration. */
export function loadProjectEnv(): void {
  loadEnvConfig(process.cwd(), process.env.NODE_ENV !== 'production')
}

/** Runs a command and turns an error into a short message and exit code 1 (no stack, no data). */
export async function runCommand(main: () => Promise<number | void>): Promise<void> {
  loadProjectEnv()
  try {
    process.exitCode = (await main()) ?? 0
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
    process.exitCode = 1
  }
}
