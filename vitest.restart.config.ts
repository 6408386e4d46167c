import { defineConfig } from 'vitest/config'
import { RESTARTS_SERVER } from './vitest.config.js'

// The tests that restart the PostgreSQL server, run after the others (`npm test`) so no other test loses its connection.
export default defineConfig({
  test: {
    include: RESTARTS_SERVER,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
