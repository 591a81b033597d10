import 'server-only'
import nodemailer from 'nodemailer'

export type OutgoingEmail = {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  /** Stable per outbox message: a re-send after a crash carries the same id, so it can be recognised. */
  messageId: string
  headers?: Record<string, string>
}

export type Mailer = {
  send(email: OutgoingEmail): Promise<void>
  close(): void
}

/** Sends through SMTP_URL with nodemailer. Timeouts stay well inside the delivery lease. */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const url = new URL(smtpUrl)
  const secure = url.protocol === 'smtps:'
  const transport = nodemailer.createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return {
    async send(email) {
      await transport.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        headers: email.headers,
      })
    },
    close() {
      transport.close()
    },
  }
}
