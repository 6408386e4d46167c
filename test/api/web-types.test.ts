// The dashboard's types are the API's: web/src/api/schema.d.ts is generated
// from /openapi.json and must match what the API answers today.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { WEB_TYPES_FILE, webTypes } from '../../src/api/web-types.js'

describe('the dashboard types', () => {
  it('are generated from the current API (npm run api-types rewrites them)', async () => {
    const committed = readFileSync(join(import.meta.dirname, '../..', WEB_TYPES_FILE), 'utf8')
    const current = await webTypes()
    expect(current).toContain('"/api/timeline"')
    expect(committed === current, 'web/src/api/schema.d.ts is stale: run npm run api-types').toBe(true)
  }, 60_000)
})
