import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { listEvents, listIndicators, searchText, storeSummary } from '../../src/app/query/index.js'
import type { IngestItem } from '../../src/ingest/read.js'
import { openStore, type Store } from '../../src/store/index.js'
import { fakeProcess } from './helpers/fake-pipeline.js'
import { snapshot } from './helpers/snapshot.js'
import { STORE_TARGETS } from './helpers/stores.js'

const doc = (source: string, text: string, url: string | null = null): IngestItem => ({ ok: true, doc: { source, text, meta: { url }, diagnostics: [] } })

const FIRST = doc(
  'a/one.txt',
  'Prime Minister Anthony Albanese visited Japan on 14 March 2024. Trade between Japan and Australia reached $68.5 billion in 2023.',
)
const SECOND = doc(
  'a/two.txt',
  'Prime Minister Albanese visited Japan on 14 March 2024, the Japanese side said. Foreign Minister Penny Wong will visit Japan on 2 May 2024 for talks on Australia.',
)

// The same tests, in a loop over the backends (kysely style).
for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip !== null)(`store on ${target.name}`, () => {
    let store: Store
    let cleanup: () => Promise<void>
    const ingest = (items: IngestItem[], process = fakeProcess) => ingestItems(store, items, { process, now: () => '2026-01-01T00:00:00.000Z' })

    beforeEach(async () => {
      const fresh = await target.fresh()
      cleanup = fresh.cleanup
      store = await openStore(fresh.url)
    })
    afterEach(async () => {
      await store.close()
      await cleanup()
    })

    it('migrates an empty store and opens it again without changes', async () => {
      const summary = await storeSummary(store.db)
      expect(summary.documents).toBe(0)
      expect(summary.events).toBe(0)
    })

    it('stores a document with its records and stable ids', async () => {
      const report = await ingest([FIRST])
      expect(report.new).toBe(1)
      expect(report.records.events).toBe(1)
      expect(report.records.indicators).toBe(1)
      const events = await listEvents(store.db)
      expect(events).toHaveLength(1)
      expect(events[0].actors).toContain('person:anthony albanese')
      expect(events[0].when).toEqual({ start: '2024-03-14', end: '2024-03-14', granularity: 'day' })
      expect(events[0].evidence).toContain('visited Japan')
      const again = await openStore(store.location)
      expect((await listEvents(again.db))[0].id).toBe(events[0].id)
      await again.close()
    })

    it('leaves the store identical when the same content is ingested twice', async () => {
      await ingest([FIRST, SECOND])
      const before = await snapshot(store.db)
      const report = await ingest([FIRST, SECOND])
      expect(report).toMatchObject({ new: 0, unchanged: 2, replaced: 0 })
      expect(await snapshot(store.db)).toEqual(before)
    })

    it('resolves a short name in a later document to the full name, both orders', async () => {
      await ingest([SECOND])
      await ingest([FIRST])
      const events = await listEvents(store.db, { actor: 'Albanese' })
      expect(events).toHaveLength(2)
      for (const e of events) expect(e.actors).toContain('person:anthony albanese')
      // Both mentions report one visit: one cluster.
      const visits = events.filter((e) => e.status === 'occurred')
      expect(new Set(visits.map((e) => e.cluster)).size).toBe(1)
    })

    it('replaces the records of an older version of the same source in place', async () => {
      await ingest([FIRST])
      const report = await ingest([doc('a/one.txt', 'Prime Minister Anthony Albanese visited Kenya on 3 June 2024.')])
      expect(report.replaced).toBe(1)
      const docs = await store.db.selectFrom('documents').selectAll().execute()
      expect(docs).toHaveLength(1)
      expect(docs[0].version).toBe(2)
      expect(await listIndicators(store.db)).toHaveLength(0)
      const events = await listEvents(store.db)
      expect(events.map((e) => e.evidence)).toEqual(['Prime Minister Anthony Albanese visited Kenya on 3 June 2024.'])
      expect((await searchText(store, 'reached')).length).toBe(0)
    })

    it('rolls a failing document back completely and goes on with the rest', async () => {
      await ingest([FIRST])
      const before = await snapshot(store.db)
      // A broken record half-way through the writes (events come after documents and mentions).
      const broken = (input: Parameters<typeof fakeProcess>[0]) => {
        const x = fakeProcess(input)
        return { ...x, events: x.events.map((e) => ({ ...e, type: null as never })) }
      }
      const report = await ingest([doc('a/one.txt', 'Prime Minister Anthony Albanese visited Kenya on 3 June 2024.')], broken)
      expect(report.failures).toHaveLength(1)
      expect(report.failures[0].source).toBe('a/one.txt')
      expect(await snapshot(store.db)).toEqual(before)
      const next = await ingest([SECOND])
      expect(next.new).toBe(1)
    })

    it('searches documents and evidence, ignoring case and diacritics', async () => {
      await ingest([FIRST, doc('b/three.txt', 'Kenya and Ethiopia met in Addis Ababa. Le Thủ tướng visited Kenya on 5 May 2024.')])
      const hits = await searchText(store, 'thu TUONG')
      expect(hits.map((h) => h.kind).sort()).toEqual(['document', 'event'])
      expect((await searchText(store, 'billion')).map((h) => h.kind).sort()).toEqual(['document', 'indicator'])
      expect(await searchText(store, '')).toEqual([])
    })

    it('filters events by pair, status, type and time', async () => {
      await ingest([FIRST, SECOND])
      expect(await listEvents(store.db, { pair: 'JP,AU' })).toHaveLength(3)
      expect(await listEvents(store.db, { pair: 'KE,ET' })).toHaveLength(0)
      expect(await listEvents(store.db, { pair: 'Japan,Australia', status: 'planned' })).toHaveLength(1)
      expect(await listEvents(store.db, { status: 'planned' })).toHaveLength(1)
      expect(await listEvents(store.db, { from: '2024-04-01' })).toHaveLength(1)
      expect(await listEvents(store.db, { to: '2024-03-31', type: 'visit' })).toHaveLength(2)
      expect(await listEvents(store.db, { actor: 'nobody at all' })).toHaveLength(0)
      const figures = await listIndicators(store.db, { indicator: 'trade_turnover', from: '2023-06-01', to: '2023-06-30' })
      expect(figures.map((f) => f.value)).toEqual([68500000000])
      expect(await listIndicators(store.db, { from: '2024-01-01' })).toHaveLength(0)
    })
  })
}
