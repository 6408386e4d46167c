import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import type { IngestItem } from '../../src/ingest/read.js'
import { openStore, type Store } from '../../src/store/index.js'
import { setColumnById } from '../../src/store/set-column.js'
import { fakeProcess } from './helpers/fake-pipeline.js'
import { STORE_TARGETS } from './helpers/stores.js'

const doc = (source: string, text: string): IngestItem => ({ ok: true, doc: { source, text, meta: { url: null }, diagnostics: [] } })

// setColumnById writes what Kysely's own update would, with its SQL compiled once per table and column.
for (const target of STORE_TARGETS) {
  describe.skipIf(target.skip !== null)(`setColumnById on ${target.name}`, () => {
    let store: Store
    let cleanup: () => Promise<void>
    beforeEach(async () => {
      const fresh = await target.fresh()
      cleanup = fresh.cleanup
      store = await openStore(fresh.url)
      await ingestItems(
        store,
        [
          doc('a/one.txt', 'Prime Minister Anthony Albanese visited Japan on 14 March 2024. Foreign Minister Penny Wong will visit Japan on 2 May 2024.'),
          doc('a/two.txt', 'Prime Minister Albanese visited Japan on 14 March 2024, the Japanese side said.'),
        ],
        { process: fakeProcess, now: () => '2026-01-01T00:00:00.000Z' },
      )
    })
    afterEach(async () => {
      await store.close()
      await cleanup()
    })

    it('sets the column of each row named, strings and null, and no other', async () => {
      const before = await store.db.selectFrom('events').select(['id', 'cluster']).orderBy('id').execute()
      expect(before.length).toBeGreaterThanOrEqual(3)
      const [a, b, ...rest] = before
      // Twice: the second call reuses the compiled statement.
      await setColumnById(store.db, 'events', 'cluster', [{ id: a.id, value: 'c-x' }])
      await setColumnById(store.db, 'events', 'cluster', [
        { id: b.id, value: 'c-y' },
        { id: a.id, value: null },
        { id: 'no-such-row', value: 'c-z' },
      ])
      const after = new Map((await store.db.selectFrom('events').select(['id', 'cluster']).execute()).map((r) => [r.id, r.cluster]))
      expect(after.get(a.id)).toBeNull()
      expect(after.get(b.id)).toBe('c-y')
      for (const r of rest) expect(after.get(r.id)).toBe(r.cluster)
      expect(after.has('no-such-row')).toBe(false)
      await setColumnById(store.db, 'events', 'cluster', [])
    })
  })
}
