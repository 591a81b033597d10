/**
 * @jest-environment node
 */
import { Client } from 'pg'
import { TEST_DATABASE_URL, uniqueSchema } from '@/tests/support/inquiries/fixtures'
import { describeWithService, isReachable } from '@/tests/support/services'
import { runInboxServiceSuite } from './inbox-service.contract'

async function query<T extends Record<string, unknown>>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    return (await client.query<T>(sql)).rows
  } finally {
    await client.end()
  }
}

describeWithService('PostgreSQL', isReachable('127.0.0.1', 5432), 'staff inbox service on PostgreSQL', () => {
  const schema = uniqueSchema()
  runInboxServiceSuite(`PostgreSQL (schema ${schema})`, () => ({
    env: { DATABASE_URL: TEST_DATABASE_URL, INQUIRY_DATABASE_SCHEMA: schema },
    // Every row of every table in the schema, as JSON (bytea payloads as hex) plus the raw payload bytes.
    rawBytes: async () => {
      const tables = await query<{ table_name: string }>(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = '${schema}'`,
      )
      const parts: Buffer[] = []
      for (const { table_name } of tables) {
        const rows = await query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${schema}"."${table_name}" t`)
        parts.push(...rows.map((r) => Buffer.from(r.row)))
      }
      const payloads = await query<{ payload: Buffer }>(`SELECT payload FROM "${schema}".inquiry_activity`)
      parts.push(...payloads.map((r) => r.payload))
      return Buffer.concat(parts)
    },
    cleanUp: async () => {
      await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    },
  }))
})
