import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Migrator } from 'kysely'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import type { Extraction } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/index.js'
import { migrationProvider } from '../../src/store/migrations/index.js'
import { sqliteBackend } from '../../src/store/sqlite/index.js'
import { generate } from '../app/helpers/generated.js'
import { snapshot } from './helpers/snapshot.js'

const cache = new Map<string, Extraction>()
const cachedProcess = (input: ProcessInput) => {
  if (!cache.has(input.docId)) cache.set(input.docId, processDocument(input))
  return cache.get(input.docId)!
}

describe('a store written before the key unions existed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-backfill-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const now = () => '2026-01-01T00:00:00.000Z'
  const items = (docs: ReturnType<typeof generate>) => docs.map((doc) => ({ ok: true as const, doc }))

  it('gets them filled when opened, and later ingests resolve as in a store that always had them', async () => {
    const docs = generate()
    const [first, later] = [docs.slice(0, 6), docs.slice(6)]
    // A store as migration 004 left it: the later migrations taken back down.
    const old = await openStore(join(dir, 'old.db'))
    await ingestItems(old, items(first), { process: cachedProcess, now })
    const migrator = new Migrator({ db: old.db, provider: migrationProvider(sqliteBackend), migrationTableName: 'dyad_migration', migrationLockTableName: 'dyad_migration_lock' })
    const down = await migrator.migrateTo('004-lookup-indexes')
    expect(down.error).toBeUndefined()
    expect(down.results?.map((r) => r.migrationName)).toContain('005-resolution-indexes')
    await old.close()

    const upgraded = await openStore(join(dir, 'old.db'))
    const keys = await upgraded.db.selectFrom('entity_keys').select(['key', 'dirty']).execute()
    expect(keys.length).toBeGreaterThan(0)
    expect(keys.every((k) => k.dirty > 0)).toBe(true)
    await ingestItems(upgraded, items(later), { process: cachedProcess, now })
    const got = await snapshot(upgraded.db)
    await upgraded.close()

    const always = await openStore(join(dir, 'new.db'))
    await ingestItems(always, items(first), { process: cachedProcess, now })
    await ingestItems(always, items(later), { process: cachedProcess, now })
    const expected = await snapshot(always.db)
    await always.close()
    // The old documents' events and figures are indexed again on the next ingest: the same store in the end,
    // except what migrations 008 and 009 began to record (an event's time basis; a document's window facts and
    // which figures its window dates), which rows stored before them lack.
    const LATER = { events: 'when_basis', documents: 'window_facts', indicators: 'period_basis' } as Record<string, string>
    const without = (column: string, rows: string[]) =>
      rows.map((r) => JSON.stringify((JSON.parse(r) as [string, unknown][]).filter(([k]) => k !== column))).sort()
    for (const table of Object.keys(expected).filter((t) => t !== 'search_index')) {
      const [a, b] = LATER[table] ? [without(LATER[table], got[table]), without(LATER[table], expected[table])] : [got[table], expected[table]]
      expect(a, table).toEqual(b)
    }
  })
})
