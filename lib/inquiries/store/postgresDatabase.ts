import 'server-only'
import { Pool, type PoolClient } from 'pg'

/**
 * What the inquiry store and the staff store share on PostgreSQL: one pool with bounded waits,
 * their tables created on first use under one advisory lock (instances may start together, and
 * CREATE ... IF NOT EXISTS alone races), transactions, and queries that wait for the tables.
 */
export type PostgresTimeouts = {
  /** Waiting for a connection (new or from the pool). */
  connectionTimeoutMillis: number
  /** Server-side limit on one statement. */
  statement_timeout: number
  /** Client-side limit on one query, for a server that stops answering altogether. */
  query_timeout: number
  /** A transaction left open (a crashed or stalled client) is ended by the server. */
  idle_in_transaction_session_timeout: number
}

export const POSTGRES_TIMEOUTS: PostgresTimeouts = {
  connectionTimeoutMillis: 5_000,
  statement_timeout: 10_000,
  query_timeout: 15_000,
  idle_in_transaction_session_timeout: 15_000,
}

export type PostgresConnectionOptions = {
  connectionString: string
  /** Schema holding the tables (created on first use). Tests use one per run. */
  schema?: string
  poolSize?: number
  /** Bounds on every wait, so a hung database shows up as an error in the log instead of a silent stall. */
  timeouts?: Partial<PostgresTimeouts>
}

export const quoteIdentifier = (name: string) => `"${name.replace(/"/g, '""')}"`

export type PostgresDatabase = {
  /** The quoted schema name, to prefix table names with. */
  s: string
  query<R extends object>(text: string, values?: unknown[]): Promise<R[]>
  /** Rows changed by an UPDATE or DELETE. */
  changed(text: string, values: unknown[]): Promise<number>
  inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T>
  close(): Promise<void>
}

export function openPostgresDatabase(
  { connectionString, schema = 'public', poolSize = 10, timeouts }: PostgresConnectionOptions,
  schemaSql: (schema: string) => string,
): PostgresDatabase {
  const pool = new Pool({ connectionString, max: poolSize, ...POSTGRES_TIMEOUTS, ...timeouts })
  // An idle client's network error must not crash the server; the next query reconnects.
  pool.on('error', () => undefined)
  let ready: Promise<void> | undefined

  async function ensureSchema(): Promise<void> {
    ready ??= (async () => {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        await client.query("SELECT pg_advisory_xact_lock(hashtext('clinic-inquiries-schema'))")
        await client.query(schemaSql(schema))
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        ready = undefined
        throw error
      } finally {
        client.release()
      }
    })()
    return ready
  }

  return {
    s: quoteIdentifier(schema),
    async query<R extends object>(text: string, values: unknown[] = []) {
      await ensureSchema()
      return (await pool.query<R>(text, values)).rows
    },
    async changed(text, values) {
      await ensureSchema()
      return (await pool.query(text, values)).rowCount ?? 0
    },
    async inTransaction(work) {
      await ensureSchema()
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work(client)
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
