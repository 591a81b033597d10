import nextJest from 'next/jest.js'

const createJestConfig = nextJest({ dir: './' })

// ESM-only packages that jest must transform (next/jest ignores all of node_modules by default).
const esmPackages = [
  '@portabletext',
  'next-sanity',
  '@sanity',
  'groq',
  'groq-js',
  'nanoid',
  'rate-limiter-flexible',
  'fast-xml-parser',
  'strnum',
  'uqr',
  'lodash-es',
  'mendoza',
]

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['node', 'require', 'default'] },
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  setupFilesAfterEnv: ['<rootDir>/tests/support/jest.setup.ts'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // `server-only` throws outside a React Server Components bundle; our tests import server modules directly.
    '^server-only$': '<rootDir>/tests/support/empty-module.ts',
  },
  // Browser and server tests start real processes; give them room on a 2-core machine.
  testTimeout: 120_000,
  maxWorkers: process.env.CI ? 1 : 2,
}

export default async function jestConfig() {
  const resolved = await createJestConfig(config)()
  return {
    ...resolved,
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`, '^.+\\.module\\.(css|sass|scss)$'],
  }
}
