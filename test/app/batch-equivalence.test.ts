import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import type { Extraction, SourceDocument } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/index.js'
import { snapshot } from '../store/helpers/snapshot.js'
import { generate } from './helpers/generated.js'

const cache = new Map<string, Extraction>()
const cachedProcess = (input: ProcessInput) => {
  const key = `${input.docId}|${JSON.stringify(input.meta?.referenceHint ?? null)}`
  if (!cache.has(key)) cache.set(key, processDocument(input))
  return cache.get(key)!
}

describe('incremental entity resolution', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-batches-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const items = (docs: SourceDocument[]) => docs.map((doc) => ({ ok: true as const, doc }))
  const now = () => '2026-01-01T00:00:00.000Z'

  it('gives the same entities, links and store in batches (any order) as in one batch', async () => {
    const docs = generate()
    const one = await openStore(join(dir, 'one.db'))
    await ingestItems(one, items(docs), { process: cachedProcess, now })
    const expected = await snapshot(one.db)
    await one.close()
    // The generated set does exercise merges across documents: a surname joins a full name, an acronym its agency.
    const links = await (async () => {
      const s = await openStore(join(dir, 'one.db'))
      const rows = await s.db.selectFrom('entity_links').select(['key', 'entity']).where((eb) => eb('key', '!=', eb.ref('entity'))).execute()
      await s.close()
      return rows
    })()
    expect(links.length).toBeGreaterThan(0)
    expect(expected.entities.length).toBeGreaterThan(6)

    // Interleaved order (short names and acronyms often before the full forms), in batches of five.
    const order = docs.map((d, n) => ({ d, k: (n * 7) % docs.length })).sort((x, y) => x.k - y.k).map((x) => x.d).reverse()
    const batched = await openStore(join(dir, 'batched.db'))
    for (let n = 0; n < order.length; n += 5) await ingestItems(batched, items(order.slice(n, n + 5)), { process: cachedProcess, now })
    const got = await snapshot(batched.db)
    await batched.close()
    const strip = (snap: Record<string, string[]>): Record<string, string[]> => ({ ...snap, search_index: [] })
    const a = strip(got)
    const b = strip(expected)
    for (const table of ['entities', 'entity_aliases', 'entity_links', 'entity_roles']) expect(a[table], table).toEqual(b[table])
    for (const table of Object.keys(b)) expect(a[table], table).toEqual(b[table])
  })
})
