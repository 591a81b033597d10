/**
 * @jest-environment node
 */
import { Client } from 'pg'
import { openPostgresStore } from '@/lib/inquiries/store'
import { openPostgresStaffStore } from '@/lib/staff/store'
import { describeWithService, isReachable } from '@/tests/support/services'
import { TEST_DATABASE_URL, uniqueSchema } from '@/tests/support/inquiries/fixtures'
import { runStaffStoreContract } from './store.contract'

const schema = uniqueSchema()

async function withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

describeWithService('PostgreSQL', isReachable('127.0.0.1', 5432), 'PostgreSQL staff store', () => {
  afterAll(async () => {
    await withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`))
  })

  runStaffStoreContract(`PostgreSQL (schema ${schema})`, () => ({
    open: async () => openPostgresStaffStore({ connectionString: TEST_DATABASE_URL, schema, poolSize: 3 }),
    updateAuditRaw: async (id) => {
      await withClient((client) => client.query(`UPDATE "${schema}".staff_audit SET detail = 'rewritten' WHERE id = $1`, [id]))
    },
  }))

  it('creates its tables once when several instances (staff and inquiry stores) start together', async () => {
    const fresh = uniqueSchema()
    const staff = Array.from({ length: 3 }, () =>
      openPostgresStaffStore({ connectionString: TEST_DATABASE_URL, schema: fresh, poolSize: 2 }),
    )
    const inquiries = Array.from({ length: 2 }, () =>
      openPostgresStore({ connectionString: TEST_DATABASE_URL, schema: fresh, poolSize: 2 }),
    )
    try {
      await expect(Promise.all([...staff.map((s) => s.listUsers()), ...inquiries.map((s) => s.countUndelivered())])).resolves.toEqual([
        [],
        [],
        [],
        0,
        0,
      ])
    } finally {
      for (const s of [...staff, ...inquiries]) await s.close()
      await withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${fresh}" CASCADE`))
    }
  })
})
