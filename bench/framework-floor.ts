/**
 * The framework's floor: a bare Next.js App Router page (a root layout and one server-rendered
 * paragraph, no client components), built with this project's own next.config.ts. The JavaScript
 * it loads is what any page of ours pays before our own code, so "ours = page - floor".
 *
 * It lives in bench/generated/floor-app (git-ignored, excluded from tsconfig) rather than in a
 * temp folder: Turbopack only resolves packages under the workspace root, and this keeps the
 * project's node_modules and lockfile in reach without symlinks.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pageWeight, type PageWeight } from './page-weight'
import { buildFolder, root, startServer, type BuildFigures } from './production-server'

export const FLOOR_DIR = path.join(root, 'bench', 'generated', 'floor-app')

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'framework-floor', private: true }, null, 2),
  // The same configuration as the site: re-exported, not copied, so it cannot drift.
  'next.config.ts': "export { default } from '../../../next.config'\n",
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        lib: ['dom', 'dom.iterable', 'esnext'],
        strict: true,
        noEmit: true,
        esModuleInterop: true,
        module: 'esnext',
        moduleResolution: 'bundler',
        resolveJsonModule: true,
        isolatedModules: true,
        jsx: 'react-jsx',
        skipLibCheck: true,
        plugins: [{ name: 'next' }],
      },
      include: ['**/*.ts', '**/*.tsx'],
      exclude: ['node_modules'],
    },
    null,
    2,
  ),
  'app/layout.tsx': `import type { ReactNode } from 'react'

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
`,
  'app/page.tsx': `export default function Page() {
  return <p>Framework floor</p>
}
`,
}

function writeFloorApp(): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(FLOOR_DIR, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

export type FloorFigures = { build?: BuildFigures; weight: PageWeight }

export async function measureFrameworkFloor(options: { port: number; build: boolean }): Promise<FloorFigures> {
  let build: BuildFigures | undefined
  if (options.build || !existsSync(path.join(FLOOR_DIR, '.next', 'BUILD_ID'))) {
    writeFloorApp()
    build = await buildFolder(FLOOR_DIR)
  }
  const server = await startServer({ port: options.port, cwd: FLOOR_DIR })
  try {
    return { build, weight: await pageWeight(server.url, '/') }
  } finally {
    await server.stop()
  }
}
