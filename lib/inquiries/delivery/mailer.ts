import 'server-only'
import nodemailer from 'nodemailer'
import { parseSmtpUrl } from './smtpUrl'

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
  /** Rejects when `signal` aborts (the delivery's hard deadline); the connection is closed then. */
  send(email: OutgoingEmail, signal?: AbortSignal): Promise<void>
  close(): void
}

/** Sends through SMTP_URL with nodemailer. Its timeouts, and the overall deadline the caller's signal sets, stay inside the delivery lease. */
export function createSmtpMailer(smtpUrl: string): Mailer {
  const server = parseSmtpUrl(smtpUrl)
  const transport = nodemailer.createTransport({
    ...server,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  })
  return {
    async send(email, signal) {
      await transport.sendMail({
        signal,
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
