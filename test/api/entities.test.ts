import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, openFixture, STORE_TARGETS, type Fixture } from './helpers.js'

for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip)(`entity routes (${target.name})`, () => {
    let f: Fixture
    beforeAll(async () => {
      f = await openFixture(target)
    })
    afterAll(async () => f?.close())

    it('lists entities, most widely reported first, filtered by type', async () => {
      const all = await call(f.app, '/api/entities')
      expect(all.status).toBe(200)
      expect(all.json.total).toBe(9)
      expect(all.json.items[0].documents).toBe(2)
      expect(all.json.items.at(-1).documents).toBe(1)
      const kenyan = await call(f.app, '/api/entities?country=ke')
      expect(kenyan.json.items.map((e: { id: string }) => e.id).sort()).toEqual(['country:KE', 'person:amina wanjiru', 'place:nairobi'])
      const people = await call(f.app, '/api/entities?type=person')
      expect(people.json.items.map((e: { id: string }) => e.id).sort()).toEqual(['person:amina wanjiru', 'person:joseph mrema'])
    })

    it('finds an entity by any alias, ignoring case and diacritics', async () => {
      for (const q of ['mrema', 'MRÉMA', 'Joseph']) {
        const r = await call(f.app, `/api/entities?q=${encodeURIComponent(q)}`)
        expect(r.json.items.map((e: { id: string }) => e.id)).toEqual(['person:joseph mrema'])
      }
      const none = await call(f.app, '/api/entities?q=zanzibar')
      expect(none.json).toMatchObject({ items: [], total: 0 })
    })

    it('gives an entity with aliases, roles in time order and its events', async () => {
      const r = await call(f.app, `/api/entities/${encodeURIComponent('person:joseph mrema')}`)
      expect(r.status).toBe(200)
      expect(r.json.entity).toMatchObject({ id: 'person:joseph mrema', name: 'Joseph Mrema', type: 'person', country: 'TZ', documents: 2 })
      expect(r.json.entity.aliases).toEqual(expect.arrayContaining(['Joseph Mrema', 'Mrema']))
      expect(r.json.roles).toEqual([
        expect.objectContaining({ title: 'President', doc: f.ids.docA, evidence: 'Tanzanian President', when: { start: '2023-03-03', end: '2023-03-03', granularity: 'day' } }),
      ])
      // oldest first: the March meeting (two mentions, by id), then the June visit
      expect(r.json.events.map((e: { id: string }) => e.id)).toEqual([...[f.ids.meetingA, f.ids.meetingB].sort(), f.ids.visit])
    })

    it('keeps to a pair: its documents\' entities, and an entity\'s events of that pair', async () => {
      const ids = async (url: string) => (await call(f.app, url)).json.items.map((e: { id: string }) => e.id).sort()
      const all = await ids('/api/entities')
      const kenyaTanzania = await ids('/api/entities?pair=TZ,KE')
      const franceGermany = await ids('/api/entities?pair=Germany,France')
      expect(kenyaTanzania).toContain('person:joseph mrema')
      expect(kenyaTanzania).not.toContain('country:FR')
      expect(franceGermany).toContain('country:FR')
      expect(franceGermany).not.toContain('person:joseph mrema')
      expect([...kenyaTanzania, ...franceGermany].sort()).toEqual(all)
      const elsewhere = await call(f.app, `/api/entities/${encodeURIComponent('person:joseph mrema')}?pair=FR,DE`)
      expect(elsewhere.status).toBe(200)
      expect(elsewhere.json.events).toEqual([])
      const home = await call(f.app, `/api/entities/${encodeURIComponent('person:joseph mrema')}?pair=KE,TZ`)
      expect(home.json.events).toHaveLength(3)
      const bad = await call(f.app, '/api/entities?pair=Atlantis,KE')
      expect(bad.status).toBe(400)
      expect(bad.json.field).toBe('pair')
    })

    it('answers 404 for an unknown entity and 400 for bad filters', async () => {
      const missing = await call(f.app, '/api/entities/person:nobody')
      expect(missing.status).toBe(404)
      expect(missing.json.field).toBe('id')
      const type = await call(f.app, '/api/entities?type=spaceship')
      expect(type.status).toBe(400)
      expect(type.json.field).toBe('type')
      const country = await call(f.app, '/api/entities?country=Kenya')
      expect(country.status).toBe(400)
      expect(country.json.field).toBe('country')
      const long = await call(f.app, `/api/entities?q=${'x'.repeat(201)}`)
      expect(long.status).toBe(400)
      expect(long.json.field).toBe('q')
    })
  })
}
