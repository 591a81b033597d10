import styles from './ConnectSanityProject.module.css'

/** Shown at /studio when no Sanity project is configured: how to connect one. No Studio code is loaded. */
export function ConnectSanityProject() {
  return (
    <main className={styles.page}>
      <h1>Connect a Sanity project to edit content</h1>
      <p className={styles.note}>
        The site is running on the bundled dataset in <code>seed/</code>, so every page works. To edit content in Sanity Studio here,
        connect a Sanity project.
      </p>
      <h2>1. Create a project</h2>
      <p>
        Create a free project at <a href="https://www.sanity.io/manage">sanity.io/manage</a> (or run <code>npx sanity login</code> then{' '}
        <code>npx sanity projects create</code>) and note its project id.
      </p>
      <h2>2. Configure the site</h2>
      <p>
        Add these to <code>.env.local</code> (they are built into the Studio, so rebuild after changing them):
      </p>
      <pre>
        {`NEXT_PUBLIC_SANITY_PROJECT_ID=<your project id>
NEXT_PUBLIC_SANITY_DATASET=production
SANITY_API_READ_TOKEN=<a Viewer token, for draft preview>
SANITY_REVALIDATE_SECRET=<a long random string, for the webhook>`}
      </pre>
      <h2>3. Allow this site to use the project</h2>
      <p>
        Add the site&apos;s address as a CORS origin with credentials, for example{' '}
        <code>npx sanity cors add http://localhost:3000 --credentials</code>.
      </p>
      <h2>4. Load the bundled content</h2>
      <p>
        <code>npm run seed:import</code> copies <code>seed/</code> into the dataset (it needs <code>npx sanity login</code> or{' '}
        <code>SANITY_AUTH_TOKEN</code>).
      </p>
      <h2>5. Restart</h2>
      <p>
        Run <code>npm run build &amp;&amp; npm start</code> (or <code>npm run dev</code>) and reload this page. The README section
        &ldquo;Connecting a Sanity project&rdquo; also covers the webhook and draft preview.
      </p>
    </main>
  )
}
