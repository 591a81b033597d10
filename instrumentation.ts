/** Runs once when the server starts: a bad configuration stops it here, naming the variable. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { env } = await import('./lib/env')
    env()
    // Contact pipeline: validates its configuration and encryption key, starts the outbox worker.
    const { startInquiryServices } = await import('./lib/inquiries/startup')
    await startInquiryServices()
  }
}
