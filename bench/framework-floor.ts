/**
 * The framework's floor: a bare Next.js App Router page (a root layout and one server-rendered
 * paragraph, no client components), built with this project's own next.config.ts. The JavaScript
 * it loads is what any page of ours pays before our own code, so "ours = page - floor".
 *
 * It lives in a temp folder with a symlink to our node_modules. Inside the repository Turbopack
 * would pick up the project's proxy.ts; outside it, Turbopack only follows the symlink when its
 * workspace root encloses both, hence `turbopack.root: '/'` (resolution only, not output).
 */
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pageWeight, referencedAssets, type PageWeight } from './page-weight'
import { startProductionServer } from '../tests/support/server'
import { buildFolder, root, type BuildFigures } from './production-server'

export const FLOOR_DIR = path.join(os.tmpdir(), 'clinic-bench-floor')

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'framework-floor', private: true }, null, 2),
  // The site's own configuration, imported rather than copied so it cannot drift.
  'next.config.ts': `import type { NextConfig } from 'next'
import site from ${JSON.stringify(path.join(root, 'next.config'))}

const config: NextConfig = { ...site, turbopack: { ...site.turbopack, root: '/' } }
export default config
`,
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
  mkdirSync(FLOOR_DIR, { recursive: true })
  const modules = path.join(FLOOR_DIR, 'node_modules')
  if (!existsSync(modules)) symlinkSync(path.join(root, 'node_modules'), modules)
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(FLOOR_DIR, name)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
}

export type FloorFigures = { build?: BuildFigures; weight: PageWeight; scripts: string[] }

export async function measureFrameworkFloor(options: { port: number; build: boolean }): Promise<FloorFigures> {
  let build: BuildFigures | undefined
  if (options.build || !existsSync(path.join(FLOOR_DIR, '.next', 'BUILD_ID'))) {
    writeFloorApp()
    build = await buildFolder(FLOOR_DIR)
  }
  const server = await startProductionServer({ port: options.port, prebuilt: { cwd: FLOOR_DIR, distDir: '.next' } })
  try {
    const weight = await pageWeight(server.url, '/')
    const html = await (await fetch(server.url)).text()
    const scripts = await Promise.all(
      referencedAssets(html)
        .filter((asset) => asset.kind === 'js')
        .map(async ({ url }) => (await fetch(new URL(url, server.url))).text()),
    )
    return { build, weight, scripts }
  } finally {
    await server.stop()
  }
}
