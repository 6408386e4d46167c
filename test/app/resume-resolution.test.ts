import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { readInputs } from '../../src/ingest/read.js'
import { openStore } from '../../src/store/index.js'
import { snapshot } from '../store/helpers/snapshot.js'

const examples = join(import.meta.dirname, '../../examples')

async function collect() {
  const items = []
  for await (const item of readInputs([examples])) items.push(item)
  return items
}

describe('ingest after a run killed before resolution', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-resume-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const now = () => '2026-01-01T00:00:00.000Z'

  it('resolves the stored but unresolved documents again, giving the store of a clean run', async () => {
    const store = await openStore(join(dir, 'd.db'))
    await ingestItems(store, await collect(), { now })
    const clean = await snapshot(store.db)
    // What a kill between the document transactions and the resolution transaction leaves.
    await store.db.deleteFrom('entity_links').execute()
    await store.db.updateTable('events').set({ cluster: null }).execute()
    expect(await snapshot(store.db)).not.toEqual(clean)

    const report = await ingestItems(store, await collect(), { now })
    expect(report.new).toBe(0)
    expect(await snapshot(store.db)).toEqual(clean)
    await store.close()
  })
})
