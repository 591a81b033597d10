import 'server-only'
import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import type { InquiryConfig } from '../config'
import { inquiryKeys, type InquiryKeys } from '../keys'
import { errorCode, logInquiryEvent } from '../log'
import { applyRetention } from '../retention'
import { inquiryStore, type InquiryStore } from '../store'
import { deliverDueMessages, DELIVERY_LEASE_MS } from './deliver'
import { createSmtpMailer, type Mailer } from './mailer'
import { peekProcessSingleton, setProcessSingleton } from '@/lib/process/singleton'

const DAY_MS = 24 * 60 * 60 * 1000
/**
 * A drain that settles no message for this long is stuck (every send has a hard deadline
 * and every query a timeout, so this only happens through a fault nothing else bounds).
 */
export const DRAIN_STALL_MS = DELIVERY_LEASE_MS + 60_000

export type OutboxWorkerDeps = {
  store: InquiryStore
  keys: InquiryKeys
  mailer: Mailer
  config: InquiryConfig
  /** Lease owner prefix; each drain generation appends its own number. */
  owner: string
  stallMs?: number
  leaseMs?: number
  sendTimeoutMs?: number
}

export type OutboxWorker = {
  /** Drain now; a kick during a run schedules exactly one more run. */
  kick(): void
  /** Resolves when no drain is running (tests). */
  idle(): Promise<void>
  stop(): void
}

/**
 * The outbox worker: drains on demand, reschedules itself for the earliest retry, and
 * watches its own drain. A drain that makes no progress for `stallMs` is logged as
 * `inquiry.delivery_worker_stuck` and abandoned: a fresh drain starts under a new lease
 * owner (so the stuck one, should it ever wake, cannot mark what it no longer holds), and
 * the message the stuck drain held is picked up again when its lease lapses.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const stallMs = deps.stallMs ?? DRAIN_STALL_MS
  let generation = 0
  let running: Promise<void> | null = null
  let again = false
  let lastProgress = Date.now()
  let retryTimer: NodeJS.Timeout | null = null
  let stopped = false

  const watchdog = setInterval(
    () => {
      if (!running || Date.now() - lastProgress <= stallMs) return
      logInquiryEvent('inquiry.delivery_worker_stuck', {
        count: generation,
        detail: `no message settled for ${Date.now() - lastProgress} ms; abandoning that drain and starting a new one`,
      })
      generation++
      running = null
      kick()
    },
    Math.max(50, Math.min(stallMs / 4, 30_000)),
  )
  watchdog.unref()

  async function drain(mine: number): Promise<void> {
    const report = await deliverDueMessages({
      store: deps.store,
      keys: deps.keys,
      mailer: deps.mailer,
      config: deps.config,
      owner: `${deps.owner}:${mine}`,
      leaseMs: deps.leaseMs,
      sendTimeoutMs: deps.sendTimeoutMs,
      onProgress: () => {
        if (mine === generation) lastProgress = Date.now()
      },
    })
    if (report.nextRetryInMs !== null && mine === generation && !stopped) {
      if (retryTimer) clearTimeout(retryTimer)
      retryTimer = setTimeout(() => kick(), report.nextRetryInMs + 10)
      retryTimer.unref()
    }
  }

  function kick(): void {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    const mine = generation
    lastProgress = Date.now()
    const run = (async () => {
      do {
        again = false
        lastProgress = Date.now()
        try {
          await drain(mine)
        } catch (error) {
          logInquiryEvent('inquiry.delivery_failed', { reason: 'outbox-unavailable', code: errorCode(error) })
        }
      } while (again && mine === generation && !stopped)
    })()
    running = run
    void run.finally(() => {
      if (running === run) running = null
    })
  }

  return {
    kick,
    async idle() {
      while (running) await running
    },
    stop() {
      stopped = true
      clearInterval(watchdog)
      if (retryTimer) clearTimeout(retryTimer)
    },
  }
}

type WorkerState = { worker: OutboxWorker | null; timers: NodeJS.Timeout[] }

/**
 * Asks the background worker to drain the outbox now (called right after each accepted
 * inquiry). Runs coalesce: a kick during a run schedules exactly one more run.
 */
export function kickDelivery(): void {
  peekProcessSingleton<WorkerState>('delivery-worker')?.worker?.kick()
}

async function purgeExpired(config: InquiryConfig): Promise<void> {
  try {
    await applyRetention(inquiryStore(config), config)
  } catch (error) {
    logInquiryEvent('inquiry.purge_failed', { code: errorCode(error) })
  }
}

/**
 * Starts the server's outbox worker once per process: it drains the outbox every
 * INQUIRY_DELIVERY_POLL_MS (picking up what other instances or a restart left), retries
 * failures on their backoff schedule, and applies retention once a day (see retention.ts).
 * Without SMTP_URL it only says, once, that inquiries will wait in the outbox.
 */
export async function startDeliveryWorker(config: InquiryConfig): Promise<void> {
  if (peekProcessSingleton('delivery-worker')) return
  const state = setProcessSingleton<WorkerState>('delivery-worker', { worker: null, timers: [] })

  const purgeTimer = setInterval(() => void purgeExpired(config), DAY_MS)
  purgeTimer.unref()
  state.timers.push(purgeTimer)
  void purgeExpired(config)

  if (!config.SMTP_URL) {
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
  state.worker = createOutboxWorker({
    store: inquiryStore(config),
    keys: inquiryKeys(config),
    mailer: createSmtpMailer(config.SMTP_URL),
    config,
    owner: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
  })
  const pollTimer = setInterval(() => kickDelivery(), config.INQUIRY_DELIVERY_POLL_MS)
  pollTimer.unref()
  state.timers.push(pollTimer)
  logInquiryEvent('inquiry.delivery_started', { detail: `draining the outbox every ${config.INQUIRY_DELIVERY_POLL_MS} ms` })
  kickDelivery()
}
