import type { TotpSetup } from '@/lib/staff/auth/secondFactor'
import styles from './auth.module.css'

/**
 * The first step of an authenticator-app setup: scan the QR code, or type the key, or (on the
 * phone itself) open the otpauth:// link. The QR code is the same link, drawn on the server.
 */
export function AuthenticatorKey({ secret }: { secret: TotpSetup }) {
  return (
    <li>
      In your authenticator app, add an account and scan this code:
      <img
        className={styles.qrCode}
        src={secret.qrCode}
        width={180}
        height={180}
        alt="QR code of the setup key for your authenticator app"
      />
      Or enter this key (time-based, 6 digits):
      <p className={styles.secret} aria-label="Setup key">
        {secret.secretText}
      </p>
      On this phone, you can <a href={secret.uri}>open the key in your authenticator app</a> instead.
    </li>
  )
}
