import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, openFixture, STORE_TARGETS, type Fixture } from './helpers.js'
import { TEXT_A, TEXT_B } from './fixture.js'

const ids = (r: { json: { items: { id: string }[] } }) => r.json.items.map((e) => e.id).sort()

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`event routes (${target.name})`, () => {
    let f: Fixture
    beforeAll(async () => {
      f = await openFixture(target)
    })
    afterAll(async () => f?.close())

    it('lists event mentions, latest first, with evidence, names and cluster', async () => {
      const r = await call(f.app, '/api/events')
      expect(r.status).toBe(200)
      expect(r.json.total).toBe(4)
      expect(r.json.items[0].id).toBe(f.ids.talks)
      const meeting = r.json.items.find((e: { id: string }) => e.id === f.ids.meetingA)
      expect(meeting.evidence).toBe(TEXT_A.slice(meeting.span.start, meeting.span.end))
      expect(meeting.actors.map((a: { name: string }) => a.name)).toEqual(['Amina Wanjiru', 'Joseph Mrema'])
      expect(meeting.place).toEqual({ id: 'place:arusha', name: 'Arusha', type: 'place' })
      expect(meeting.cluster).toEqual({ id: f.ids.cluster, mentions: 2, documents: 2 })
      expect(meeting.document).toMatchObject({ id: f.ids.docA, title: 'Presidents meet in Arusha' })
    })

    it('filters by pair, type, status, actor (key or name), dates and words', async () => {
      const cases: [string, string[]][] = [
        ['pair=KE,TZ', [f.ids.meetingA, f.ids.meetingB, f.ids.visit]],
        ['pair=FR,DE', [f.ids.talks]],
        ['type=visit', [f.ids.visit]],
        ['status=planned', [f.ids.visit]],
        ['actor=Amina%20Wanjiru', [f.ids.meetingA, f.ids.meetingB]],
        [`actor=${encodeURIComponent('person:joseph mrema')}`, [f.ids.meetingA, f.ids.meetingB, f.ids.visit]],
        ['actor=nobody%20at%20all', []],
        ['from=2024', [f.ids.talks]],
        ['to=2023-03', [f.ids.meetingA, f.ids.meetingB]],
        ['from=2023-04-01&to=2023-12-31', [f.ids.visit]],
        ['q=nairobi', [f.ids.visit]],
        ['pair=KE,TZ&type=meeting&actor=Mrema', [f.ids.meetingA, f.ids.meetingB]],
      ]
      for (const [query, expected] of cases) {
        const r = await call(f.app, `/api/events?${query}`)
        expect(r.status, query).toBe(200)
        expect(ids(r), query).toEqual([...expected].sort())
        expect(r.json.total, query).toBe(expected.length)
      }
    })

    it.each([
      ['type=party', 'type'],
      ['status=maybe', 'status'],
      ['from=2023-13', 'from'],
      ['from=2023-02-30', 'from'],
      ['to=yesterday', 'to'],
      ['from=2024&to=2023', 'to'],
      ['pair=VN', 'pair'],
      ['actor=', 'actor'],
      ['limit=1.5', 'limit'],
      ['colour=red', 'colour'],
    ])('refuses %s with 400 naming the field', async (query, field) => {
      const r = await call(f.app, `/api/events?${query}`)
      expect(r.status).toBe(400)
      expect(r.json.field).toBe(field)
    })

    it('gives an event with its cluster and every mention across documents', async () => {
      const r = await call(f.app, `/api/events/${f.ids.meetingB}`)
      expect(r.status).toBe(200)
      expect(r.json.event.id).toBe(f.ids.meetingB)
      expect(r.json.event.evidence).toBe(TEXT_B.slice(r.json.event.span.start, r.json.event.span.end))
      expect(r.json.cluster).toMatchObject({ id: f.ids.cluster, type: 'meeting', status: 'occurred', mentions: 2, documents: 2 })
      expect(r.json.cluster.when).toEqual({ start: '2023-03-03', end: '2023-03-03', granularity: 'day' })
      expect(r.json.mentions.map((m: { doc: string }) => m.doc).sort()).toEqual([f.ids.docA, f.ids.docB].sort())
      const missing = await call(f.app, '/api/events/e000000000000')
      expect(missing.status).toBe(404)
      expect(missing.json.field).toBe('id')
    })

    it('gives a cluster by id and 404 for an unknown one', async () => {
      const r = await call(f.app, `/api/clusters/${f.ids.cluster}`)
      expect(r.status).toBe(200)
      expect(r.json.cluster.actors.map((a: { id: string }) => a.id).sort()).toEqual(['person:amina wanjiru', 'person:joseph mrema'])
      expect(r.json.cluster.place.name).toBe('Arusha')
      expect(r.json.mentions).toHaveLength(2)
      expect((await call(f.app, '/api/clusters/c-none')).status).toBe(404)
    })

    it('gives a timeline of real events for a pair, oldest first', async () => {
      const r = await call(f.app, '/api/timeline?pair=KE,TZ')
      expect(r.status).toBe(200)
      expect(r.json.pair).toEqual(['country:KE', 'country:TZ'])
      expect(r.json.items.map((c: { type: string; mentions: number }) => [c.type, c.mentions])).toEqual([
        ['meeting', 2],
        ['visit', 1],
      ])
      expect(r.json.items[1]).toMatchObject({ status: 'planned', host: { id: 'country:KE' } })
      const all = await call(f.app, '/api/timeline')
      expect(all.json.items).toHaveLength(3)
      expect(all.json.items.at(-1).type).toBe('talks')
      const bad = await call(f.app, '/api/timeline?pair=KE;TZ')
      expect(bad.status).toBe(400)
      expect(bad.json.field).toBe('pair')
    })
  })
}
