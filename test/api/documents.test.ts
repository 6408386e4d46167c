import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, openFixture, STORE_TARGETS, type Fixture } from './helpers.js'
import { TEXT_A } from './fixture.js'

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`documents routes (${target.name})`, () => {
    let f: Fixture
    beforeAll(async () => {
      f = await openFixture(target)
    })
    afterAll(async () => f?.close())

    it('lists documents, most recently published first, with counts', async () => {
      const r = await call(f.app, '/api/documents')
      expect(r.status).toBe(200)
      expect(r.json.total).toBe(3)
      expect(r.json.items.map((d: { id: string }) => d.id)).toEqual([f.ids.docC, f.ids.docB, f.ids.docA])
      const a = r.json.items[2]
      expect(a).toMatchObject({ title: 'Presidents meet in Arusha', url: 'https://news.example/a', pair: ['country:KE', 'country:TZ'], length: TEXT_A.length })
      expect(a.counts).toEqual({ entities: 7, events: 1, indicators: 1, diagnostics: 1 })
      expect(a.published).toEqual({ start: '2023-03-04', end: '2023-03-04', basis: 'stated' })
    })

    it('pages, and filters by pair and by words in the title', async () => {
      const second = await call(f.app, '/api/documents?limit=1&offset=1')
      expect(second.json).toMatchObject({ total: 3, limit: 1, offset: 1 })
      expect(second.json.items.map((d: { id: string }) => d.id)).toEqual([f.ids.docB])
      const pair = await call(f.app, '/api/documents?pair=tz,ke')
      expect(pair.json.total).toBe(2)
      const stored = await call(f.app, `/api/documents?pair=${encodeURIComponent('country:KE,country:TZ')}`)
      expect(stored.json.total).toBe(2)
      const q = await call(f.app, '/api/documents?q=ARUSHA')
      expect(q.json.items.map((d: { id: string }) => d.id).sort()).toEqual([f.ids.docA, f.ids.docB].sort())
    })

    it.each([
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=ten', 'limit'],
      ['offset=-1', 'offset'],
      ['pair=KE', 'pair'],
      ['pair=KE,QQ', 'pair'],
      ['pair=KE,KE', 'pair'],
      ['pair=place:KE,TZ', 'pair'],
      ['q=', 'q'],
      ['sort=title', 'sort'],
    ])('refuses %s with 400 naming the field', async (query, field) => {
      const r = await call(f.app, `/api/documents?${query}`)
      expect(r.status).toBe(400)
      expect(r.json).toMatchObject({ error: 'Bad Request', field })
      expect(r.json.message).toContain(field)
    })

    it('gives a document with its text, diagnostics and every record with its span', async () => {
      const r = await call(f.app, `/api/documents/${f.ids.docA}`)
      expect(r.status).toBe(200)
      const { document, records } = r.json
      expect(document.text).toBe(TEXT_A)
      expect(document.diagnostics).toEqual([expect.objectContaining({ ruleId: 'test:note', severity: 'info', span: { start: 0, end: 6 } })])
      const kinds = new Set(records.map((x: { kind: string }) => x.kind))
      expect([...kinds].sort()).toEqual(['entity', 'event', 'indicator', 'role', 'time'])
      for (const x of records) {
        expect(x.span.start).toBeGreaterThanOrEqual(0)
        expect(x.span.end).toBeLessThanOrEqual(TEXT_A.length)
      }
      const amina = records.find((x: { kind: string; text?: string }) => x.kind === 'entity' && x.text === 'Amina Wanjiru')
      expect(amina.entity).toEqual({ id: 'person:amina wanjiru', name: 'Amina Wanjiru', type: 'person' })
      const event = records.find((x: { kind: string }) => x.kind === 'event')
      expect(TEXT_A.slice(event.trigger.start, event.trigger.end)).toBe('met')
      expect(event.cluster).toBe(f.ids.cluster)
      const figure = records.find((x: { kind: string }) => x.kind === 'indicator')
      expect(figure).toMatchObject({ indicator: 'trade_turnover', value: 1.2e9, unit: 'USD', period: { start: '2022-01-01', end: '2022-12-31' } })
      const starts = records.map((x: { span: { start: number } }) => x.span.start)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    })

    it('answers 404 for an unknown document and 400 for a malformed id', async () => {
      const missing = await call(f.app, '/api/documents/d0000000000000000')
      expect(missing.status).toBe(404)
      expect(missing.json).toEqual({ error: 'Not Found', message: 'no document with id "d0000000000000000"', field: 'id' })
      const control = await call(f.app, '/api/documents/d%01x')
      expect(control.status).toBe(400)
      expect(control.json.field).toBe('id')
    })
  })
}
