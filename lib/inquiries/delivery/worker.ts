import 'server-only'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { InquiryConfig } from '../config'
import { inquiryKeys } from '../keys'
import { errorCode, logInquiryEvent } from '../log'
import { inquiryStore } from '../store'
import { deliverDueMessages } from './deliver'
import { createSmtpMailer, type Mailer } from './mailer'

const DAY_MS = 24 * 60 * 60 * 1000

type WorkerState = {
  config: InquiryConfig
  mailer: Mailer | null
  owner: string
  running: Promise<void> | null
  again: boolean
  retryTimer: NodeJS.Timeout | null
  timers: NodeJS.Timeout[]
}

const GLOBAL_WORKER = Symbol.for('clinic.inquiries.deliveryWorker')
type WorkerHolder = { [GLOBAL_WORKER]?: WorkerState }

function state(): WorkerState | undefined {
  return (globalThis as WorkerHolder)[GLOBAL_WORKER]
}

async function drain(worker: WorkerState): Promise<void> {
  if (!worker.mailer) return
  const report = await deliverDueMessages({
    store: inquiryStore(worker.config),
    keys: inquiryKeys(worker.config),
    mailer: worker.mailer,
    config: worker.config,
    owner: worker.owner,
  })
  if (report.nextRetryInMs !== null) {
    if (worker.retryTimer) clearTimeout(worker.retryTimer)
    worker.retryTimer = setTimeout(() => kickDelivery(), report.nextRetryInMs + 10)
    worker.retryTimer.unref()
  }
}

/**
 * Asks the background worker to drain the outbox now (called right after each accepted
 * inquiry). Runs coalesce: a kick during a run schedules exactly one more run.
 */
export function kickDelivery(): void {
  const worker = state()
  if (!worker?.mailer) return
  if (worker.running) {
    worker.again = true
    return
  }
  worker.running = (async () => {
    do {
      worker.again = false
      try {
        await drain(worker)
      } catch (error) {
        logInquiryEvent('inquiry.delivery_failed', { reason: 'outbox-unavailable', code: errorCode(error) })
      }
    } while (worker.again)
    worker.running = null
  })()
}

async function purgeExpired(config: InquiryConfig): Promise<void> {
  try {
    const cutoff = new Date(Date.now() - config.INQUIRY_RETENTION_DAYS * DAY_MS)
    const result = await inquiryStore(config).purgeCreatedBefore(cutoff)
    if (result.deleted || result.keptUndelivered) {
      logInquiryEvent('inquiry.purged', { count: result.deleted, detail: `kept ${result.keptUndelivered} undelivered` })
    }
  } catch (error) {
    logInquiryEvent('inquiry.purge_failed', { code: errorCode(error) })
  }
}

/**
 * Starts the server's outbox worker once per process: it drains the outbox every
 * INQUIRY_DELIVERY_POLL_MS (picking up what other instances or a restart left), retries
 * failures on their backoff schedule, and purges inquiries past retention once a day.
 * Without SMTP_URL it only says, once, that inquiries will wait in the outbox.
 */
export async function startDeliveryWorker(config: InquiryConfig): Promise<void> {
  const holder = globalThis as WorkerHolder
  if (holder[GLOBAL_WORKER]) return
  const worker: WorkerState = {
    config,
    mailer: config.SMTP_URL ? createSmtpMailer(config.SMTP_URL) : null,
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    running: null,
    again: false,
    retryTimer: null,
    timers: [],
  }
  holder[GLOBAL_WORKER] = worker

  const purgeTimer = setInterval(() => void purgeExpired(config), DAY_MS)
  purgeTimer.unref()
  worker.timers.push(purgeTimer)
  void purgeExpired(config)

  if (!worker.mailer) {
    let waiting: number | string = 'unknown'
    try {
      waiting = await inquiryStore(config).countUndelivered()
    } catch (error) {
      waiting = `unknown (${errorCode(error)})`
    }
    logInquiryEvent('inquiry.smtp_not_configured', {
      count: typeof waiting === 'number' ? waiting : undefined,
      detail: `SMTP_URL is not set: inquiries are stored and wait in the outbox until it is (waiting now: ${waiting}); run npm run inquiries:deliver after setting it`,
    })
    return
  }
  const pollTimer = setInterval(() => kickDelivery(), config.INQUIRY_DELIVERY_POLL_MS)
  pollTimer.unref()
  worker.timers.push(pollTimer)
  logInquiryEvent('inquiry.delivery_started', { detail: `draining the outbox every ${config.INQUIRY_DELIVERY_POLL_MS} ms` })
  kickDelivery()
}
