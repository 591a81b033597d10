import { execFileSync } from 'node:child_process'
import { X509Certificate, createPrivateKey } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { LOCAL_LAKE_PROJECT_ID } from './config'

/**
 * The local Content Lake's TLS certificate. The Studio needs HTTP/2, and browsers only speak
 * HTTP/2 over TLS, so the lake serves HTTPS with a self-signed certificate made here on first run
 * and reused afterwards (a developer who trusted it in their browser keeps that trust).
 *
 * It names `localhost`, `<projectId>.localhost` (the Studio's client puts the project id in front of
 * `apiHost`), `*.localhost` and the loopback addresses. Chromium does not accept a wildcard directly
 * under a top-level name, hence the project's own name spelled out as well. A leaf certificate
 * (CA:FALSE, serverAuth) rather than a certificate authority: trusting it lets it vouch for this
 * server and nothing else.
 */
export type LakeCertificate = { key: Buffer; cert: Buffer; certPath: string }

export const CERTIFICATE_DAYS = 825
/** A certificate closer than this to its end is replaced, so it never lapses in the middle of work. */
const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000

export const CERTIFICATE_DNS_NAMES = ['localhost', `${LOCAL_LAKE_PROJECT_ID}.localhost`, '*.localhost'] as const
export const CERTIFICATE_IP_ADDRESSES = ['127.0.0.1', '::1'] as const

// How X509Certificate#subjectAltName spells each name (IPv6 in full form), for the reuse check.
const EXPECTED_ALT_NAMES = [...CERTIFICATE_DNS_NAMES.map((name) => `DNS:${name}`), 'IP Address:127.0.0.1', 'IP Address:0:0:0:0:0:0:0:1']

const OPENSSL_CONFIG = `[req]
distinguished_name = subject
x509_extensions = server
prompt = no

[subject]
CN = localhost
O = Local Content Lake (development only)

[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
subjectAltName = ${[...CERTIFICATE_DNS_NAMES.map((name) => `DNS:${name}`), ...CERTIFICATE_IP_ADDRESSES.map((ip) => `IP:${ip}`)].join(', ')}
`

function tlsPaths(dir: string) {
  const tlsDir = path.join(dir, 'tls')
  return { tlsDir, keyPath: path.join(tlsDir, 'key.pem'), certPath: path.join(tlsDir, 'cert.pem') }
}

/** The stored pair, or null when it is missing, unreadable, mismatched, names other hosts or ends soon. */
function readUsableCertificate(keyPath: string, certPath: string): { key: Buffer; cert: Buffer } | null {
  try {
    const key = readFileSync(keyPath)
    const cert = readFileSync(certPath)
    const x509 = new X509Certificate(cert)
    if (!x509.checkPrivateKey(createPrivateKey(key))) return null
    if (Date.parse(x509.validTo) - Date.now() < RENEW_BEFORE_MS) return null
    const altNames = (x509.subjectAltName ?? '').split(', ')
    if (!EXPECTED_ALT_NAMES.every((name) => altNames.includes(name))) return null
    return { key, cert }
  } catch {
    return null
  }
}

function runOpenssl(args: string[]): void {
  try {
    // No shell: the arguments are passed as they are.
    execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000, env: process.env })
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: Buffer }
    if (failure.code === 'ENOENT') {
      throw new Error(
        'The local Content Lake needs the `openssl` command to create its TLS certificate, and it was not found on PATH. ' +
          'Install OpenSSL (Debian/Ubuntu: `sudo apt-get install openssl`; Fedora: `sudo dnf install openssl`; ' +
          'macOS: it ships with the system, or `brew install openssl`; Windows: it comes with Git for Windows), ' +
          'or set LOCAL_CONTENT_LAKE=off.',
      )
    }
    const detail = failure.stderr?.toString('utf8').trim().split('\n').slice(-3).join(' ') || failure.message
    throw new Error(`The local Content Lake could not create its TLS certificate with openssl: ${detail}`)
  }
}

/** Writes a fresh key and certificate into `tlsDir`, each appearing whole (made aside, then renamed). */
function generateCertificate(dir: string, tlsDir: string, keyPath: string, certPath: string): void {
  mkdirSync(dir, { recursive: true })
  mkdirSync(tlsDir, { recursive: true, mode: 0o700 })
  // A private scratch folder (mode 0700): the key is never readable by others, not even while openssl writes it.
  const scratch = mkdtempSync(path.join(tlsDir, '.new-'))
  try {
    const configPath = path.join(scratch, 'openssl.cnf')
    const newKey = path.join(scratch, 'key.pem')
    const newCert = path.join(scratch, 'cert.pem')
    writeFileSync(configPath, OPENSSL_CONFIG)
    // A config file rather than -addext: macOS's LibreSSL openssl understands it too.
    runOpenssl([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-sha256',
      '-nodes',
      '-days',
      String(CERTIFICATE_DAYS),
      '-config',
      configPath,
      '-keyout',
      newKey,
      '-out',
      newCert,
    ])
    chmodSync(newKey, 0o600)
    chmodSync(newCert, 0o644)
    renameSync(newKey, keyPath)
    renameSync(newCert, certPath)
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * The lake's key and certificate in `<dir>/tls/` (key.pem mode 0600, cert.pem), made with the
 * `openssl` command on first run and whenever the stored pair is unreadable, does not match,
 * names other hosts or ends within 30 days.
 */
export function ensureLakeCertificate(dir: string): LakeCertificate {
  const { tlsDir, keyPath, certPath } = tlsPaths(dir)
  const existing = readUsableCertificate(keyPath, certPath)
  if (existing) return { ...existing, certPath }
  generateCertificate(dir, tlsDir, keyPath, certPath)
  const created = readUsableCertificate(keyPath, certPath)
  if (!created)
    throw new Error(`The local Content Lake made a TLS certificate in ${tlsDir} but cannot use it: delete that folder and start again.`)
  return { ...created, certPath }
}
