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
      if (localLakeConfig().enabled) await startLocalLake(localLakeConfig(), env(), revalidationConfig().SANITY_REVALIDATE_SECRET!)
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'ConfigError') throw error
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
  }
}

/**
 * Starts the local Content Lake for the Studio (lib/contentLake). The site itself does not need it
 * (the bundled backend reads the working copy), so a lake that cannot start is reported, not fatal.
 */
async function startLocalLake(
  config: import('./lib/contentLake/config').LocalLakeConfig,
  site: { NEXT_PUBLIC_SANITY_DATASET: string; SITE_URL: string },
  revalidationSecret: string,
) {
  const { startProcessLake } = await import('./lib/contentLake/start')
  // Deliveries go to this very server (its port is known once it listens), else to SITE_URL.
  const siteOrigin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : site.SITE_URL
  try {
    await startProcessLake({ config, dataset: site.NEXT_PUBLIC_SANITY_DATASET, siteOrigin, revalidationSecret })
    console.log(`Local Content Lake: ${config.origin} (working copy ${config.dir}); the Studio is at /studio`)
  } catch (error) {
    console.error(
      `\nThe local Content Lake did not start on port ${config.port}: ${(error as Error).message}\n` +
        'The site runs; /studio says so. Set LOCAL_CONTENT_LAKE_PORT to a free port, or LOCAL_CONTENT_LAKE=off.\n',
    )
  }
}
