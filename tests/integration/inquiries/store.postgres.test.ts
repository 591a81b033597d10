import { Client } from 'pg'
import { openPostgresStore } from '@/lib/inquiries/store'
import { describeWithService, isReachable } from '@/tests/support/services'
import { TEST_DATABASE_URL, uniqueSchema } from '@/tests/support/inquiries/fixtures'
import { runStoreContract } from './store.contract'

const schema = uniqueSchema()

describeWithService('PostgreSQL', isReachable('127.0.0.1', 5432), 'PostgreSQL inquiry store', () => {
  afterAll(async () => {
    const client = new Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)
    await client.end()
  })

  runStoreContract(`PostgreSQL (schema ${schema})`, () => ({
    open: async () => openPostgresStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 4 }),
    rawDump: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL })
      await client.connect()
      try {
        const rows = await client.query<{ payload: Buffer; rest: string }>(
          `SELECT payload, row_to_json(i)::text AS rest FROM "${schema}".inquiries i`,
        )
        const outbox = await client.query<{ rest: string }>(`SELECT row_to_json(o)::text AS rest FROM "${schema}".inquiry_outbox o`)
        const work = await client.query<{ rest: string }>(`SELECT row_to_json(w)::text AS rest FROM "${schema}".inquiry_work w`)
        const activity = await client.query<{ payload: Buffer; rest: string }>(
          `SELECT payload, row_to_json(a)::text AS rest FROM "${schema}".inquiry_activity a`,
        )
        return Buffer.concat([
          ...rows.rows.flatMap((r) => [r.payload, Buffer.from(r.rest)]),
          ...outbox.rows.map((r) => Buffer.from(r.rest)),
          ...work.rows.map((r) => Buffer.from(r.rest)),
          ...activity.rows.flatMap((r) => [r.payload, Buffer.from(r.rest)]),
        ])
      } finally {
        await client.end()
      }
    },
  }))

  it('creates its tables once when several instances start together', async () => {
    const fresh = uniqueSchema()
    const stores = Array.from({ length: 4 }, () => openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: fresh, poolSize: 2 }))
    try {
      await expect(Promise.all(stores.map((s) => s.countUndelivered()))).resolves.toEqual([0, 0, 0, 0])
    } finally {
      for (const s of stores) await s.close()
      const client = new Client({ connectionString: TEST_DATABASE_URL })
      await client.connect()
      await client.query(`DROP SCHEMA IF EXISTS "${fresh}" CASCADE`)
      await client.end()
    }
  })
})
