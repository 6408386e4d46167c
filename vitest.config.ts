import { defineConfig } from 'vitest/config'

/** Test files that restart the PostgreSQL server: run alone afterwards (vitest.restart.config.ts), never beside the others. */
export const RESTARTS_SERVER = ['test/worker/restart.test.ts']

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...RESTARTS_SERVER],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
