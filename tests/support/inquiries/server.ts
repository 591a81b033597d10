import { startProductionServer, TEST_INQUIRY_ENCRYPTION_KEY, type RunningServer } from '../server'
import { tempDataDir } from './fixtures'

export type InquiryServer = RunningServer & { dataDir: string; runtimeEnv: Record<string, string> }

/**
 * The production server of the shared "bundled" build (tests/support/server.ts) with the contact
 * pipeline pointed at a fresh data directory. Tests lower the fill time and switch the
 * rate limit off unless they test those; retries are fast so outages resolve in seconds.
 */
export async function startInquiryServer(runtimeEnv: Record<string, string> = {}): Promise<InquiryServer> {
  const env: Record<string, string> = {
    INQUIRY_DATA_DIR: tempDataDir(),
    INQUIRY_ENCRYPTION_KEY: TEST_INQUIRY_ENCRYPTION_KEY,
    INQUIRY_MIN_FILL_MS: '0',
    INQUIRY_RATE_LIMIT_DISABLED: 'true',
    INQUIRY_RETRY_BASE_MS: '100',
    INQUIRY_RETRY_MAX_MS: '1000',
    INQUIRY_DELIVERY_POLL_MS: '250',
    SMTP_URL: '',
    DATABASE_URL: '',
    REDIS_URL: '',
    ...runtimeEnv,
  }
  const server = await startProductionServer({ env })
  return { ...server, dataDir: env.INQUIRY_DATA_DIR, runtimeEnv: env }
}

export async function fetchFormToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/contact`)
  const body = (await response.json()) as { formToken: string }
  return body.formToken
}

export async function postJson(
  baseUrl: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown>; text: string; headers: Headers }> {
  const response = await fetch(`${baseUrl}/api/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: Record<string, unknown> = {}
  try {
    parsed = JSON.parse(text)
  } catch {
    // not JSON: the assertion that follows will show it
  }
  return { status: response.status, body: parsed, text, headers: response.headers }
}
