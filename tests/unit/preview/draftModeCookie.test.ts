/**
 * Draft mode, as the proxy sees it, is only the cookie Next.js issued for this build (its
 * preview id): any other value of `__prerender_bypass` is a visitor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { hasValidDraftModeCookie } from '@/lib/preview/draftModeCookie'
import { forgetProcessSingleton } from '@/lib/process/singleton'

const PREVIEW_ID = '3f2a9c1e5b7d4f60a1b2c3d4e5f60718'
const jar = (value?: string) => ({ get: (name: string) => (name === '__prerender_bypass' && value !== undefined ? { value } : undefined) })
const resetCachedProps = () => forgetProcessSingleton('next-preview-props')

let distDir: string
const previousDistDir = process.env.NEXT_DIST_DIR
beforeEach(() => {
  distDir = mkdtempSync(path.join(os.tmpdir(), 'dist-'))
  process.env.NEXT_DIST_DIR = distDir
  resetCachedProps()
})
afterEach(() => {
  rmSync(distDir, { recursive: true, force: true })
  process.env.NEXT_DIST_DIR = previousDistDir
  resetCachedProps()
})

test("the build's own preview id is draft mode; any other value, or none, is not", () => {
  writeFileSync(
    path.join(distDir, 'prerender-manifest.json'),
    JSON.stringify({ preview: { previewModeId: PREVIEW_ID, previewModeSigningKey: 'k', previewModeEncryptionKey: 'e' } }),
  )
  expect(hasValidDraftModeCookie(jar(PREVIEW_ID))).toBe(true)
  for (const forged of [undefined, '', '1', 'preview', PREVIEW_ID.toUpperCase(), `${PREVIEW_ID}x`, PREVIEW_ID.slice(1), 'x'.repeat(5000)]) {
    expect(hasValidDraftModeCookie(jar(forged))).toBe(false)
  }
})

test('without a readable manifest draft mode is never recognised (fail closed), and says so once', () => {
  const error = jest.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    expect(hasValidDraftModeCookie(jar(PREVIEW_ID))).toBe(false)
    expect(hasValidDraftModeCookie(jar('anything'))).toBe(false)
    expect(error).toHaveBeenCalledTimes(1)
  } finally {
    error.mockRestore()
  }
})
