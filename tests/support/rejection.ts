/**
 * The message a promise rejects with. Not `rejects.toThrow()`: better-sqlite3 keeps the error
 * class of the first test file a jest worker ran, so its errors fail `instanceof Error` in later
 * files of the same worker and toThrow would call a real rejection "did not throw".
 */
export async function rejectionMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return String((error as { message?: unknown }).message)
  }
  throw new Error('expected the promise to reject, but it resolved')
}
