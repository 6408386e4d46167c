import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import type { FastifyInstance } from 'fastify'
import { call, openFixture, STORE_TARGETS, tableCounts, type Fixture } from './helpers.js'

const INJECTIONS = [
  "' OR 1=1 --",
  "'; DROP TABLE documents; --",
  '" OR ""="',
  "%' OR '1'='1",
  '%',
  '_',
  '\\',
  'NEAR(a b)',
  '"unbalanced',
  'a* OR b*',
  '); delete from events where (1=1',
  'Robert\u2019); DROP TABLE entities;--',
]

describe('security headers', () => {
  let f: Fixture
  beforeAll(async () => {
    f = await openFixture(STORE_TARGETS[0]!)
  })
  afterAll(async () => f?.close())

  it('are on every response: success, client error, not found, docs', async () => {
    for (const url of ['/api/health', '/api/events?limit=0', '/api/nothing', '/api/documents/none', '/docs', '/openapi.json', '/']) {
      const r = await call(f.app, url)
      expect(r.headers['x-content-type-options'], url).toBe('nosniff')
      expect(r.headers['x-frame-options'], url).toBe('DENY')
      expect(r.headers['referrer-policy'], url).toBe('no-referrer')
      const csp = String(r.headers['content-security-policy'])
      expect(csp, url).toContain("default-src 'self'")
      expect(csp, url).toContain("script-src 'self'")
      expect(csp, url).toContain("frame-ancestors 'none'")
      expect(csp.match(/script-src[^;]*/)![0], url).not.toContain('unsafe-inline')
    }
  })

  it('answers malformed and over-long URLs in the error shape, with the headers', async () => {
    const long = await call(f.app, `/api/entities/${'x'.repeat(400)}`)
    expect(long.status).toBe(414)
    expect(long.json).toMatchObject({ error: 'URI Too Long', field: null })
    const bad = await call(f.app, '/api/documents/%E0%A4%A')
    expect(bad.status).toBe(400)
    expect(bad.json.message).toContain('malformed')
    for (const r of [long, bad]) expect(r.headers['x-frame-options']).toBe('DENY')
  })

  it('answers unknown methods and routes as JSON 404', async () => {
    for (const method of ['PUT', 'PATCH', 'OPTIONS'] as const) {
      const r = await call(f.app, { method, url: '/api/documents/x' })
      expect(r.status, method).toBe(404)
      expect(r.json.error).toBe('Not Found')
    }
  })

  it('keeps API answers out of caches', async () => {
    expect((await call(f.app, '/api/stats')).headers['cache-control']).toBe('no-store')
  })

  it('never leaks internals in a 500', async () => {
    const broken = await createApp({ store: { ...f.store, db: { selectFrom: () => { throw new Error('secret detail /var/db') } } } as never })
    const r = await call(broken, '/api/documents')
    expect(r.status).toBe(500)
    expect(r.json).toEqual({ error: 'Internal Server Error', message: 'internal error: the server log has the details', field: null })
    await broken.close()
  })
})

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`injection strings (${target.name})`, () => {
    let f: Fixture
    beforeAll(async () => {
      f = await openFixture(target)
    })
    afterAll(async () => f?.close())

    it('in q, type, actor, pair, indicator and ids give no 500 and change nothing', async () => {
      const before = await tableCounts(f.store)
      for (const s of INJECTIONS) {
        const v = encodeURIComponent(s)
        for (const url of [
          `/api/events?q=${v}`,
          `/api/events?actor=${v}`,
          `/api/events?type=${v}`,
          `/api/events?pair=${v}`,
          `/api/timeline?actor=${v}`,
          `/api/entities?q=${v}`,
          `/api/entities?type=${v}`,
          `/api/documents?q=${v}`,
          `/api/indicators?indicator=${v}`,
          `/api/search?q=${v}`,
          `/api/documents/${v}`,
          `/api/entities/${v}`,
          `/api/events/${v}`,
          `/api/clusters/${v}`,
        ]) {
          const r = await call(f.app, url)
          expect([200, 400, 404], `${url} -> ${r.status} ${r.body.slice(0, 200)}`).toContain(r.status)
          if (r.status === 200 && Array.isArray(r.json.items)) expect(r.json.items.length, url).toBeLessThan(4)
        }
      }
      expect(await tableCounts(f.store)).toEqual(before)
    })

    it('answers any text in any parameter with 200, 400 or 404, never 500', async () => {
      const params = ['q', 'actor', 'type', 'status', 'pair', 'from', 'to', 'limit', 'offset']
      const routes = ['/api/events', '/api/timeline', '/api/entities', '/api/documents', '/api/search', '/api/indicators', '/api/conflicts']
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...routes), fc.constantFrom(...params), fc.string({ unit: 'binary', maxLength: 40 }), async (route, param, value) => {
          const r = await call(f.app, `${route}?${param}=${encodeURIComponent(value)}`)
          expect([200, 400, 404], `${route}?${param}=${JSON.stringify(value)} -> ${r.body.slice(0, 200)}`).toContain(r.status)
          expect(r.json).not.toBeNull()
        }),
        { numRuns: 300, seed: 7 },
      )
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('documents', 'entities', 'events', 'clusters'), fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }), async (kind, id) => {
          const r = await call(f.app, `/api/${kind}/${encodeURIComponent(id)}`)
          expect([200, 400, 404], `${kind}/${JSON.stringify(id)} -> ${r.body.slice(0, 200)}`).toContain(r.status)
        }),
        { numRuns: 200, seed: 11 },
      )
    })

    it('treats LIKE wildcards in q literally', async () => {
      for (const q of ['%', '_', '%25']) {
        const r = await call(f.app, `/api/events?q=${encodeURIComponent(q)}`)
        expect(r.json.total, q).toBe(0)
      }
      const e = await call(f.app, `/api/entities?q=${encodeURIComponent('_')}`)
      expect(e.json.total).toBe(0)
    })
  })
}

describe('dashboard files', () => {
  let f: Fixture
  let dir: string
  let app: FastifyInstance
  beforeAll(async () => {
    f = await openFixture(STORE_TARGETS[0]!)
    dir = mkdtempSync(join(tmpdir(), 'dyad-web-'))
    const root = join(dir, 'dist')
    mkdirSync(join(root, 'assets'), { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dyad</title><script type="module" src="/assets/app.js"></script>')
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("dashboard")')
    writeFileSync(join(root, '.env'), 'SECRET_IN_ROOT=1')
    writeFileSync(join(dir, 'secret.txt'), 'TOP-SECRET-OUTSIDE-ROOT')
    app = await createApp({ store: f.store, webRoot: root })
  })
  afterAll(async () => {
    await app?.close()
    await f?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the app at / and its assets', async () => {
    const index = await call(app, '/')
    expect(index.status).toBe(200)
    expect(index.body).toContain('<title>Dyad</title>')
    expect(index.headers['content-security-policy']).toContain("default-src 'self'")
    const js = await call(app, '/assets/app.js')
    expect(js.status).toBe(200)
    expect(String(js.headers['content-type'])).toContain('javascript')
  })

  it('falls back to index.html for app paths, never for /api or missing files', async () => {
    const deep = await call(app, '/events/e123')
    expect(deep.status).toBe(200)
    expect(deep.body).toContain('<title>Dyad</title>')
    const api = await call(app, '/api/unknown/route')
    expect(api.status).toBe(404)
    expect(api.json.error).toBe('Not Found')
    const missing = await call(app, '/assets/missing.js')
    expect(missing.status).toBe(404)
    expect((await call(app, '/api/health')).json.status).toBe('ok')
  })

  it('never serves files outside the web root, nor dotfiles', async () => {
    for (const url of [
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/....//secret.txt',
      '/%252e%252e%252fsecret.txt',
      '/assets/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/.env',
      '/%2eenv',
      '/docs/static/..%2f..%2fpackage.json',
      '/docs/static/%2e%2e/%2e%2e/package.json',
      '/docs/static/..%2f..%2f..%2f..%2fpackage.json',
    ]) {
      const r = await call(app, url)
      expect(r.body, url).not.toContain('TOP-SECRET')
      expect(r.body, url).not.toContain('SECRET_IN_ROOT')
      expect(r.body, url).not.toContain('root:')
      expect(r.body, url).not.toContain('"dependencies"')
      expect(r.status, url).not.toBe(500)
    }
  })

  it('without a built dashboard, / says so as JSON', async () => {
    const r = await call(f.app, '/')
    expect(r.status).toBe(404)
    expect(r.json.message).toContain('dashboard is not built')
  })
})
