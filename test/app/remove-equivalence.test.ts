import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { removeDocument } from '../../src/app/remove-document.js'
import { ingestItems } from '../../src/app/ingest.js'
import type { Extraction } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/index.js'
import { contentHash, documentId } from '../../src/util/ids.js'
import { snapshot } from '../store/helpers/snapshot.js'
import { generate } from './helpers/generated.js'

const cache = new Map<string, Extraction>()
const cachedProcess = (input: ProcessInput) => {
  const key = `${input.docId}|${JSON.stringify(input.meta?.referenceHint ?? null)}`
  if (!cache.has(key)) cache.set(key, processDocument(input))
  return cache.get(key)!
}

describe('removing documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-remove-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const now = () => '2026-01-01T00:00:00.000Z'
  const items = (docs: ReturnType<typeof generate>) => docs.map((doc) => ({ ok: true as const, doc }))

  it('leaves the store that never had them: entities, links, clusters and conflicts redone', async () => {
    const docs = generate()
    // The documents naming the first pair's news agency in full: without them its acronym stands alone.
    const gone = docs.filter((d, n) => n === 0 || n === 3)
    const kept = docs.filter((d) => !gone.includes(d))
    const all = await openStore(join(dir, 'all.db'))
    await ingestItems(all, items(docs), { process: cachedProcess, now })
    const merged = await all.db.selectFrom('entity_links').select('entity').where('key', '=', 'org:kna').execute()
    expect(merged.map((m) => m.entity)).toContain('org:kenya news agency')
    for (const d of gone) expect(await removeDocument(all, documentId(contentHash(d.text)))).toBe(true)
    const got = await snapshot(all.db)
    await all.close()

    const fresh = await openStore(join(dir, 'kept.db'))
    await ingestItems(fresh, items(kept), { process: cachedProcess, now })
    const expected = await snapshot(fresh.db)
    await fresh.close()
    // The full-text index keeps its own row numbers; every other table must be identical.
    for (const table of Object.keys(expected).filter((t) => t !== 'search_index')) expect(got[table], table).toEqual(expected[table])
    expect(got.search_index.length).toBe(expected.search_index.length)
  })
})
