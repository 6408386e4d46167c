import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { openStore, type Store } from '../../src/store/open.js'

// Issue 20: the 414 handler never fired for a long URL outside a route
// parameter, and an open read API answered any Host (DNS rebinding).
describe('checks before any route', () => {
  let store: Store
  let open: FastifyInstance
  let guarded: FastifyInstance
  beforeAll(async () => {
    store = await openStore(':memory:')
    open = await createApp({ store, webRoot: null })
    guarded = await createApp({ store, webRoot: null, allowedHosts: ['localhost', '127.0.0.1', '[::1]'] })
  })
  afterAll(async () => {
    await open.close()
    await guarded.close()
    await store.close()
  })

  it.each(['/api/events?pair=' + 'VN,CN'.repeat(1000), '/api/' + 'x'.repeat(5000), '/' + 'x'.repeat(5000)])('answers an over-long URL 414 (%#)', async (url) => {
    const r = await open.inject({ url })
    expect(r.statusCode).toBe(414)
    expect(r.json()).toMatchObject({ error: 'URI Too Long', message: 'the URL is longer than 4096 characters' })
    expect(r.headers['x-frame-options']).toBe('DENY')
  })

  it('answers only the allowed Host names, with or without a port', async () => {
    for (const host of ['localhost:8080', '127.0.0.1', '[::1]:8080', 'LOCALHOST']) expect((await guarded.inject({ url: '/api/health', headers: { host } })).statusCode).toBe(200)
    const rebound = await guarded.inject({ url: '/api/health', headers: { host: 'attacker.example:8080' } })
    expect(rebound.statusCode).toBe(403)
    expect(rebound.json().message).toBe('host "attacker.example" is not served here (allowed: localhost, 127.0.0.1, [::1])')
    expect((await open.inject({ url: '/api/health', headers: { host: 'attacker.example' } })).statusCode).toBe(200)
  })
})
