/** The proxy's in-memory tables: loaded once, shared by every bundle, forgotten on clear(). */
import { processWideTable, type TableOptions } from '@/lib/proxy/processWideTable'

let tableNumber = 0
/** A table under a name of its own (process singletons outlive a test), loading what `load` gives. */
function table(load: TableOptions<string>['load']) {
  tableNumber += 1
  return processWideTable({
    name: `test-table-${tableNumber}`,
    label: 'test',
    ttlMs: 60_000,
    retryAfterFailureMs: 10_000,
    fallback: 'fallback',
    load,
  })
}

test('loads once, then answers from memory', async () => {
  const load = jest.fn(async () => 'loaded')
  const cached = table(load)
  expect(await cached.get()).toBe('loaded')
  expect(await cached.get()).toBe('loaded')
  expect(load).toHaveBeenCalledTimes(1)
})

test('two copies of the module (two bundles) share one state: a clear in one reaches the other', async () => {
  let version = 0
  const load = async () => `v${++version}`
  const inProxy = processWideTable({ name: 'shared-table', label: 'test', ttlMs: 60_000, retryAfterFailureMs: 10_000, fallback: '', load })
  const inRoute = processWideTable({ name: 'shared-table', label: 'test', ttlMs: 60_000, retryAfterFailureMs: 10_000, fallback: '', load })
  expect(await inProxy.get()).toBe('v1')
  inRoute.clear()
  expect(await inProxy.get()).toBe('v2')
})

test('a first load that fails serves the fallback and logs which table', async () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    expect(await table(async () => Promise.reject(new Error('offline'))).get()).toBe('fallback')
    expect(error).toHaveBeenCalledWith('[test] could not load: offline')
  } finally {
    error.mockRestore()
  }
})

test('a load that was under way when the table was cleared does not overwrite the newer state', async () => {
  let finishFirst: (value: string) => void = () => undefined
  const loads = [new Promise<string>((resolve) => (finishFirst = resolve)), Promise.resolve('after the change')]
  const cached = table(() => loads.shift()!)
  const first = cached.get()
  cached.clear()
  finishFirst('before the change')
  expect(await first).toBe('before the change')
  expect(await cached.get()).toBe('after the change')
})

describe('with a shared content version (several instances)', () => {
  /** What Redis would answer: another instance's webhook changes it. */
  function versionOf(initial: string | undefined) {
    const shared = { value: initial }
    return { shared, sharedVersion: { current: async () => shared.value } }
  }

  test("another instance's publish (a new version) makes the table reload; the same version keeps it", async () => {
    const { shared, sharedVersion } = versionOf('1')
    let loads = 0
    const cached = processWideTable({ ...options(`versioned-${++tableNumber}`), sharedVersion, load: async () => `v${++loads}` })
    expect(await cached.get()).toBe('v1')
    expect(await cached.get()).toBe('v1')
    shared.value = '2'
    expect(await cached.get()).toBe('v2')
    expect(await cached.get()).toBe('v2')
  })

  test('an unknown version (Redis away) keeps the loaded copy', async () => {
    const { shared, sharedVersion } = versionOf('1')
    let loads = 0
    const cached = processWideTable({ ...options(`versioned-${++tableNumber}`), sharedVersion, load: async () => `v${++loads}` })
    expect(await cached.get()).toBe('v1')
    shared.value = undefined
    expect(await cached.get()).toBe('v1')
  })
})

function options(name: string) {
  return { name, label: 'test', ttlMs: 60_000, retryAfterFailureMs: 10_000, fallback: 'fallback' }
}
