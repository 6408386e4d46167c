import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, openFixture, STORE_TARGETS, type Fixture } from './helpers.js'

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`indicator routes (${target.name})`, () => {
    let f: Fixture
    beforeAll(async () => {
      f = await openFixture(target)
    })
    afterAll(async () => f?.close())

    it('groups figures into series of points with every source and the conflict', async () => {
      const r = await call(f.app, '/api/indicators?indicator=trade_turnover&pair=KE,TZ')
      expect(r.status).toBe(200)
      expect(r.json.series).toHaveLength(1)
      const s = r.json.series[0]
      expect(s).toMatchObject({ indicator: 'trade_turnover', unit: 'USD', subject: { name: 'Kenya' }, counterpart: { name: 'Tanzania' } })
      expect(s.points).toHaveLength(1)
      const point = s.points[0]
      expect(point.period).toEqual({ start: '2022-01-01', end: '2022-12-31' })
      expect(point.disputed).toBe(true)
      expect(point.conflicts).toContain(f.conflict)
      expect(point.sources.map((x: { value: number }) => x.value).sort()).toEqual([1.2e9, 1.5e9])
      expect(point.sources.every((x: { evidence: string }) => x.evidence.startsWith('Trade between Kenya and Tanzania'))).toBe(true)
      expect(r.json.conflicts.map((c: { id: string }) => c.id)).toContain(f.conflict)
    })

    it('gives nothing for an indicator or pair without figures', async () => {
      expect((await call(f.app, '/api/indicators?indicator=exports')).json.series).toEqual([])
      expect((await call(f.app, '/api/indicators?pair=DE,FR')).json.series).toEqual([])
    })

    it('refuses a malformed indicator name', async () => {
      const r = await call(f.app, '/api/indicators?indicator=Trade%20Turnover')
      expect(r.status).toBe(400)
      expect(r.json.field).toBe('indicator')
    })

    it('lists conflicts with their figures, filtered by kind and pair', async () => {
      const r = await call(f.app, '/api/conflicts')
      expect(r.status).toBe(200)
      const mine = r.json.items.find((c: { id: string }) => c.id === f.conflict)
      expect(mine).toMatchObject({ kind: 'conflict', pair: ['country:KE', 'country:TZ'], events: [] })
      expect(mine.indicators.map((x: { id: string }) => x.id).sort()).toEqual([f.ids.figureA, f.ids.figureB].sort())
      const other = await call(f.app, '/api/conflicts?kind=change_over_time')
      expect(other.json.items.map((c: { id: string }) => c.id)).not.toContain(f.conflict)
      const pair = await call(f.app, '/api/conflicts?pair=DE,FR')
      expect(pair.json.items).toEqual([])
      const bad = await call(f.app, '/api/conflicts?kind=feud')
      expect(bad.status).toBe(400)
      expect(bad.json.field).toBe('kind')
    })
  })
}
