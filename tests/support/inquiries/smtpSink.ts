import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedEmail = { raw: string; parsed: ParsedMail; envelopeTo: string[] }

export type SmtpSink = {
  port: number
  url: string
  received: ReceivedEmail[]
  /** Resolves once at least `count` emails have arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedEmail[]>
  close(): Promise<void>
}

export type SmtpSinkOptions = {
  /** Wait this long after the DATA has arrived before answering 250 (a slow mail server). */
  delayMs?: number
  /** Called once the email is fully received and recorded, before the 250 reply is sent. */
  onReceived?: (email: ReceivedEmail) => void | Promise<void>
}

/** A real SMTP server on loopback (smtp-server) that keeps every email it accepts. */
export async function startSmtpSink(port = 0, options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const received: ReceivedEmail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        simpleParser(raw)
          .then(async (parsed) => {
            const email = { raw, parsed, envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) }
            received.push(email)
            await options.onReceived?.(email)
            if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
            callback()
          })
          .catch(callback)
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = (server.server.address() as { port: number }).port
  return {
    port: address,
    url: `smtp://127.0.0.1:${address}`,
    received,
    async waitFor(count, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`Expected ${count} emails, got ${received.length}`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return received
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
