/**
 * SMTP_URL as the mailer uses it. Parsed once at start by the configuration (so a bad value
 * stops the server there, naming the variable) and again by the mailer, with the same code.
 */
export type SmtpServer = {
  host: string
  port: number
  secure: boolean
  auth?: { user: string; pass: string }
}

export class SmtpUrlError extends Error {
  override name = 'SmtpUrlError'
}

export function parseSmtpUrl(value: string): SmtpServer {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new SmtpUrlError('is not a URL')
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new SmtpUrlError('must start with smtp:// or smtps://')
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (!host) throw new SmtpUrlError('has no host name')
  const secure = url.protocol === 'smtps:'
  const port = url.port ? Number(url.port) : secure ? 465 : 587
  let auth: SmtpServer['auth']
  if (url.username) {
    try {
      auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
    } catch {
      throw new SmtpUrlError(
        'has a bad percent-escape in its user name or password: write each special character as %XX (for example @ as %40, % as %25)',
      )
    }
  }
  return { host, port, secure, auth }
}
