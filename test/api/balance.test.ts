// GET /api/balance and the quad class on /api/events and /api/timeline, over
// the real pipeline's reading of two articles written for these tests.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import type { Store } from '../../src/store/index.js'
import { balanceStore } from '../app/balance-store.js'
import { call } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-api-balance-'))
let store: Store
let app: FastifyInstance

describe('cooperation and conflict through the API', () => {
  beforeAll(async () => {
    store = await balanceStore(dir)
    app = await createApp({ store })
  }, 60_000)
  afterAll(async () => {
    await app?.close()
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers the monthly balance of a pair in either order', async () => {
    const r = await call(app, '/api/balance?pair=CL,PE')
    expect(r.status).toBe(200)
    expect(r.json.pair).toEqual(['country:CL', 'country:PE'])
    expect(r.json.months).toEqual([
      { month: '2024-03', cooperation: 0, conflict: 1, goldstein: -2 },
      { month: '2024-04', cooperation: 2, conflict: 0, goldstein: 2.9 },
    ])
  })

  it('refuses a pair it has no data for, and a malformed one', async () => {
    expect((await call(app, '/api/balance?pair=FR,DE')).status).toBe(404)
    expect((await call(app, '/api/balance?pair=xyz')).status).toBe(400)
  })

  it('gives events and timeline marks their quad class and weight', async () => {
    const events = (await call(app, '/api/events?pair=PE,CL')).json.items as { type: string; quadClass: string; weight: number }[]
    expect(events.find((e) => e.type === 'protest')).toMatchObject({ quadClass: 'verbal_conflict', weight: -2 })
    const marks = (await call(app, '/api/timeline?pair=PE,CL')).json.items as { type: string; quadClass: string }[]
    expect(marks.map((m) => [m.type, m.quadClass])).toContainEqual(['visit', 'verbal_cooperation'])
  })

  it('filters events and the timeline to one side', async () => {
    const types = async (url: string) => ((await call(app, url)).json.items as { type: string }[]).map((e) => e.type).sort()
    expect(await types('/api/events?pair=PE,CL&side=conflict')).toEqual(['protest'])
    expect(await types('/api/events?pair=PE,CL&side=cooperation')).toEqual(['talks', 'visit'])
    expect(await types('/api/timeline?pair=PE,CL&side=conflict')).toEqual(['protest'])
    const bad = await call(app, '/api/events?side=friendly')
    expect(bad.status).toBe(400)
    expect(bad.json.field).toBe('side')
  })
})
