/**
 * Runs once when the server starts: a bad configuration stops it here, naming the variable.
 * Next.js only logs an error thrown from register() and keeps serving, so a configuration
 * error ends the process explicitly.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env')
    try {
      env()
      const { assertRevalidationConfig } = await import('./lib/revalidation/config')
      assertRevalidationConfig()
      // Read lazily by the proxy and pages: checked here so a bad value stops the start, not every request.
      const { securityConfig } = await import('./lib/security/config')
      securityConfig()
      // Every request learns its client address from the socket (see lib/abuse) before any route runs.
      const { inquiryConfig } = await import('./lib/inquiries/config')
      const { installClientAddressHeader } = await import('./lib/abuse/installClientAddress')
      installClientAddressHeader(inquiryConfig().INQUIRY_PROXY_HOPS)
      // Contact pipeline: validates its configuration and encryption key, starts the outbox worker.
      const { startInquiryServices } = await import('./lib/inquiries/startup')
      await startInquiryServices()
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'ConfigError') throw error
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
  }
}
