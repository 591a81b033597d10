/**
 * Runs once when the server starts: a bad configuration stops it here, naming the variable.
 * Next.js only logs an error thrown from register() and keeps serving, so a configuration
 * error ends the process explicitly.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    try {
      // Every module's configuration, read once here so a wrong value stops the start, not a request.
      const { env } = await import('./lib/config/env')
      const { localLakeConfig } = await import('./lib/contentLake/config')
      // The local Content Lake delivers the same signed webhook a real project would (lib/contentLake/revalidate.ts);
      // without a configured secret it uses one made for this run, before the revalidation configuration is read.
      if (localLakeConfig().enabled && !process.env.SANITY_REVALIDATE_SECRET?.trim()) {
        process.env.SANITY_REVALIDATE_SECRET = (await import('node:crypto')).randomBytes(32).toString('hex')
      }
      const { revalidationConfig } = await import('./lib/revalidation/config')
      const { securityConfig } = await import('./lib/security/config')
      const { inquiryConfig } = await import('./lib/inquiries/config')
      const { staffConfig } = await import('./lib/staff/config')
      const { sharedCacheConfig } = await import('./lib/cache/config')
      // Last, so a malformed REDIS_URL or DATABASE_URL is reported by its own configuration first.
      const { instanceConfig } = await import('./lib/config/instances')
      const configs = [
        env,
        localLakeConfig,
        revalidationConfig,
        securityConfig,
        inquiryConfig,
        staffConfig,
        sharedCacheConfig,
        instanceConfig,
      ]
      for (const readConfig of configs) readConfig()
      // Every request learns its client address from the socket (see lib/abuse) before any route runs.
      const { installClientAddressHeader } = await import('./lib/abuse/installClientAddress')
      installClientAddressHeader(inquiryConfig().INQUIRY_PROXY_HOPS)
      // Contact pipeline: validates its configuration and encryption key, starts the outbox worker.
      const { startInquiryServices } = await import('./lib/inquiries/startup')
      await startInquiryServices()
      // The Studio's local Content Lake (lib/contentLake), when no Sanity project is configured.
      if (localLakeConfig().enabled) {
        const { startLakeForSite } = await import('./lib/contentLake/start')
        await startLakeForSite(localLakeConfig(), env(), revalidationConfig().SANITY_REVALIDATE_SECRET!)
      }
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'ConfigError') throw error
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
  }
}
