import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium'

/**
 * Debian's Chromium, headless, with nothing phoning home (this machine has no internet).
 * Playwright gives every launch a fresh temporary profile (it rejects --user-data-dir).
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS })
}

/** One browser for a whole suite: launched in beforeAll, closed in afterAll; call the getter inside tests. */
export function chromiumForSuite(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('Chromium is not running (it starts in beforeAll).')
    return browser
  }
}

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const
