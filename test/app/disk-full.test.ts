import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import type { IngestItem } from '../../src/ingest/read.js'
import { openStore, type Store } from '../../src/store/open.js'
import { fakeProcess } from '../store/helpers/fake-pipeline.js'
import { sqliteTarget } from '../store/helpers/stores.js'

// Issue 20: on a full disk every document failed with "cannot rollback - no
// transaction is active", with no summary and no failure lines, and the
// documents committed before were left unresolved. max_page_count fills the
// store the way a full disk does (SQLITE_FULL).
const item = (i: number): IngestItem => ({
  ok: true,
  doc: { source: `doc-${i}.txt`, text: `Minister Anna Berg of Japan visited Australia on ${1 + (i % 28)} March 2024. ${'Trade talks went on. '.repeat(200)} Note ${i}.`, meta: { title: null, url: null, statedDate: null }, diagnostics: [] },
})

describe('a store whose disk fills during an ingest', () => {
  let url: string
  let cleanup: () => Promise<void>
  let store: Store
  beforeEach(async () => {
    ;({ url, cleanup } = await sqliteTarget.fresh())
    store = await openStore(url)
  })
  afterEach(async () => {
    await store.close()
    await cleanup()
  })

  it('names the full disk for each document not stored and still returns the report', async () => {
    const first = await ingestItems(store, [item(0)], { process: fakeProcess })
    expect(first.new).toBe(1)
    const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(store.db)).rows[0]!
    await sql.raw(`pragma max_page_count = ${page_count + 12}`).execute(store.db)
    const report = await ingestItems(store, Array.from({ length: 30 }, (_, i) => item(i + 1)), { process: fakeProcess })
    expect(report.new).toBeGreaterThan(0)
    expect(report.failures.length).toBeGreaterThan(0)
    expect(report.new + report.failures.length).toBe(30)
    for (const f of report.failures) {
      expect(f.reason).not.toMatch(/cannot rollback/)
      expect(f.reason).toMatch(/disk is full/)
    }
    expect(report.failures.map((f) => f.ruleId)).toContain('ingest:disk-full')
    // The documents committed before the disk filled are resolved, now or (when
    // resolution itself found no room) by the next ingest once there is room.
    const unclustered = async () => (await store.db.selectFrom('events').select('id').where('cluster', 'is', null).execute()).length
    const resolution = report.failures.find((f) => /^resolution of/.test(f.reason))
    if (resolution) {
      expect(resolution.reason).toMatch(/disk is full.*the next ingest resolves them/)
      await sql.raw('pragma max_page_count = 1073741823').execute(store.db)
      await ingestItems(store, Array.from({ length: 30 }, (_, i) => item(i + 1)), { process: fakeProcess })
    }
    expect(await unclustered()).toBe(0)
  })
})
