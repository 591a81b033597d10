import styles from '@/components/staff/auth/auth.module.css'

/** Unknown, used and expired enrolment links alike: no detail about which. */
export default function EnrolmentLinkNotValid() {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>This link does not work</h1>
      <p className={styles.lead}>
        Enrolment links work once and only for a limited time. Ask an administrator for a new link. If you have already set up your sign-in,{' '}
        <a href="/staff/sign-in">sign in here</a>.
      </p>
    </div>
  )
}
