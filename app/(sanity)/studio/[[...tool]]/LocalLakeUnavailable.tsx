import styles from './ConnectSanityProject.module.css'

/** Shown at /studio when the local Content Lake should run but did not start (the server log says why). */
export function LocalLakeUnavailable({ port }: { port: number }) {
  return (
    <main className={styles.page}>
      <h1>The local Content Lake is not running</h1>
      <p className={styles.note}>
        The Studio edits the bundled content through a local Content Lake on port {port}, and it did not start. The server&apos;s log says
        why (most often another program uses the port: set <code>LOCAL_CONTENT_LAKE_PORT</code> to a free one and restart).
      </p>
    </main>
  )
}
