import { execFile, spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The Nu Html Checker (vnu-jar, the W3C validator's engine) run offline with the machine's Java.
 * Its npm package only ships the jar; Java comes from Debian (`default-jre-headless`).
 */
export const VNU_JAR = path.resolve(__dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar')

/** One message of vnu's JSON output. Warnings are `info` with `subType: 'warning'`. */
export type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error'
  subType?: string
  url?: string
  firstLine?: number
  lastLine?: number
  firstColumn?: number
  lastColumn?: number
  message: string
  extract?: string
}

export function javaIsAvailable(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0
}

/**
 * Validates every file in one JVM (starting Java costs seconds; a run per page would dominate).
 * Returns the messages per file. A message vnu could not tie to a file (it could not read one,
 * say) is an error of the run, so it is thrown rather than lost.
 */
export async function validateHtmlFiles(files: string[]): Promise<Map<string, VnuMessage[]>> {
  const stderr = await new Promise<string>((resolve, reject) => {
    // --exit-zero-always: errors are read from the report, so a non-zero exit means vnu itself failed.
    execFile(
      'java',
      ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 64 * 1024 * 1024, timeout: 5 * 60_000 },
      (error, _stdout, stderr) => (error ? reject(new Error(`vnu failed: ${error.message}\n${stderr}`)) : resolve(stderr)),
    )
  })
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] }
  const byUrl = new Map(files.map((file) => [pathToFileURL(path.resolve(file)).href, file]))
  const result = new Map<string, VnuMessage[]>(files.map((file) => [file, []]))
  for (const message of messages) {
    // vnu writes file URLs as `file:/path`; Node writes `file:///path`.
    const file = message.url ? byUrl.get(message.url.replace(/^file:(?!\/\/)/, 'file://')) : undefined
    if (!file || message.type === 'non-document-error') throw new Error(`vnu could not check a file: ${JSON.stringify(message)}`)
    result.get(file)!.push(message)
  }
  return result
}

export const isVnuError = (message: VnuMessage) => message.type === 'error'
export const isVnuWarning = (message: VnuMessage) => message.type === 'info' && message.subType === 'warning'

/** One line a person can act on: where, what, and the markup around it. */
export function describeVnuMessage(label: string, message: VnuMessage): string {
  const where = message.lastLine ? `line ${message.lastLine}, column ${message.firstColumn ?? message.lastColumn}` : 'whole document'
  return `${label} (${where}): ${message.message}\n    ${JSON.stringify(message.extract ?? '')}`
}
