import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, openFixture, STORE_TARGETS, type Fixture } from './helpers.js'

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`search, stats and health (${target.name})`, () => {
    let f: Fixture
    beforeAll(async () => {
      f = await openFixture(target)
    })
    afterAll(async () => f?.close())

    it('searches document texts and evidence', async () => {
      const r = await call(f.app, '/api/search?q=Arusha')
      expect(r.status).toBe(200)
      expect(r.json.q).toBe('Arusha')
      const docs = new Set(r.json.hits.map((h: { doc: string }) => h.doc))
      expect([...docs].sort()).toEqual([f.ids.docA, f.ids.docB].sort())
      expect(r.json.hits.map((h: { kind: string }) => h.kind)).toEqual(expect.arrayContaining(['document', 'event']))
      expect(r.json.hits[0].document.id).toBe(r.json.hits[0].doc)
      expect(r.json.hits.some((h: { snippet: string }) => /arusha/i.test(h.snippet))).toBe(true)
      const none = await call(f.app, '/api/search?q=zanzibar')
      expect(none.json.hits).toEqual([])
    })

    it('refuses a missing, empty or oversized query', async () => {
      for (const q of ['', '?q=', `?q=${'a'.repeat(201)}`, '?q=x&limit=0']) {
        const r = await call(f.app, `/api/search${q}`)
        expect(r.status, q).toBe(400)
        expect(r.json.field, q).toBe(q.includes('limit') ? 'limit' : 'q')
      }
    })

    it('gives the overview: counts, pairs, latest events, headline figures', async () => {
      const r = await call(f.app, '/api/stats')
      expect(r.status).toBe(200)
      expect(r.json.counts).toMatchObject({ documents: 3, entities: 9, events: 4, clusters: 3, indicators: 2, diagnostics: 1 })
      // ours plus whatever figure reconciliation found between the two trade totals
      const conflicts = await f.store.db.selectFrom('conflicts').select('id').execute()
      expect(r.json.counts.conflicts).toBe(conflicts.length)
      expect(conflicts.length).toBeGreaterThanOrEqual(1)
      expect(r.json.pairs[0]).toMatchObject({ pair: ['country:KE', 'country:TZ'], documents: 2, events: 3, indicators: 2 })
      expect(r.json.pairs[0].names.map((n: { name: string }) => n.name)).toEqual(['Kenya', 'Tanzania'])
      expect(r.json.range.events).toEqual({ from: '2023-03-03', to: '2024-05-12' })
      // the fixture's visit is planned: latest events are what happened
      expect(r.json.latest.map((c: { type: string }) => c.type)).toEqual(['talks', 'meeting'])
      expect(r.json.headline.map((x: { indicator: string }) => x.indicator)).toEqual(['trade_turnover'])
    })

    it('reports health and whether writes are enabled', async () => {
      const r = await call(f.app, '/api/health')
      expect(r.status).toBe(200)
      expect(r.json).toMatchObject({ status: 'ok', backend: target.name, writable: false })
    })
  })
}
