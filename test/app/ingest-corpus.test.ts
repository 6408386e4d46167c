import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { crossDateStored } from '../../src/app/cross-date.js'
import { ingestItems, ingestPaths } from '../../src/app/ingest.js'
import { readInputs } from '../../src/ingest/read.js'
import type { Extraction, SourceDocument } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/index.js'
import { snapshot } from '../store/helpers/snapshot.js'

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/vietnam-china')

// The real pipeline runs once per document; every store below reuses its output.
const cache = new Map<string, Extraction>()
const cachedProcess = (input: ProcessInput) => {
  const key = `${input.docId}|${JSON.stringify(input.meta?.referenceHint ?? null)}`
  if (!cache.has(key)) cache.set(key, processDocument(input))
  return cache.get(key)!
}

describe('ingesting the seed corpus through the real pipeline', () => {
  let dir: string
  const sources: SourceDocument[] = []
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-app-'))
    for await (const item of readInputs([CORPUS])) if (item.ok) sources.push(item.doc)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const open = (name: string) => openStore(join(dir, `${name}.db`))
  const items = (docs: SourceDocument[]) => docs.map((doc) => ({ ok: true as const, doc }))

  it('stores the five documents and their records, and a second run changes nothing', async () => {
    const store = await open('twice')
    const first = await ingestItems(store, items(sources), { process: cachedProcess })
    expect(first.new).toBe(5)
    expect(first.failures).toEqual([])
    const before = await snapshot(store.db)
    expect(before.documents).toHaveLength(5)
    expect(before.events.length).toBe(first.records.events)
    expect(before.indicators.length).toBe(first.records.indicators)
    const second = await ingestItems(store, items(sources), { process: cachedProcess })
    expect(second).toMatchObject({ new: 0, unchanged: 5, replaced: 0 })
    expect(await snapshot(store.db)).toEqual(before)
    await store.close()
  })

  it('runs the pipeline once per document: both borrowed dates keep the reference day, and re-date the stored records in place', async () => {
    const store = await open('runs')
    const runs: string[] = []
    const counted = (input: ProcessInput) => {
      runs.push(input.docId)
      return cachedProcess(input)
    }
    await ingestItems(store, items(sources), { process: counted })
    const hinted = await store.db.selectFrom('documents').select(['id', 'reference_hint', 'published_start']).where('reference_hint', 'is not', null).execute()
    // Two seed articles state no date and borrow one from a companion reporting the same visit.
    expect(hinted).toHaveLength(2)
    expect(new Set(runs).size).toBe(sources.length)
    expect(runs).toHaveLength(sources.length)
    // One borrows the window its own text gave; the other's narrows to the week before the visit: neither runs again.
    for (const h of hinted) expect(JSON.parse(h.reference_hint!).published.start).toBe(h.published_start)
    for (const h of hinted) {
      const dating = await store.db.selectFrom('diagnostics').select('reason').where('doc', '=', h.id).where('rule', '=', 'time:dating').execute()
      expect(dating.map((d) => d.reason)).toEqual([expect.stringMatching(/^cross-document: .*reported by d/)])
    }
    // Nothing is left to redo.
    expect((await crossDateStored(store.db, runs, counted)).docs).toEqual([])
    expect(runs).toHaveLength(sources.length)
    await store.close()
  })

  it('gives the same store whether documents arrive one by one or all at once', async () => {
    const now = () => '2026-01-01T00:00:00.000Z'
    const batch = await open('batch')
    await ingestItems(batch, items(sources), { process: cachedProcess, now })
    const single = await open('single')
    for (const s of [...sources].reverse()) await ingestItems(single, items([s]), { process: cachedProcess, now })
    const strip = (snap: Record<string, string[]>): Record<string, string[]> => ({ ...snap, search_index: [] })
    const a = strip(await snapshot(single.db))
    const b = strip(await snapshot(batch.db))
    for (const table of Object.keys(b)) expect(a[table], table).toEqual(b[table])
    await batch.close()
    await single.close()
  })

  it('reports an empty and a binary file as failed with a reason and stores the rest', async () => {
    const folder = join(dir, 'mixed')
    rmSync(folder, { recursive: true, force: true })
    const { mkdirSync } = await import('node:fs')
    mkdirSync(folder)
    writeFileSync(join(folder, 'a-empty.txt'), '')
    writeFileSync(join(folder, 'b-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00, 0x10]))
    writeFileSync(
      join(folder, 'c-article.txt'),
      'Nairobi, 4 March 2024. Kenyan President William Ruto held talks with Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday, and the two leaders agreed to expand trade along their shared border.\n',
    )
    const store = await open('mixed')
    const report = await ingestPaths(store, [folder], { process: cachedProcess })
    expect(report.new).toBe(1)
    expect(report.failures.map((f) => f.source.split('/').pop()).sort()).toEqual(['a-empty.txt', 'b-binary.txt'])
    for (const f of report.failures) expect(f.reason.length).toBeGreaterThan(5)
    const docs = await store.db.selectFrom('documents').select('source').execute()
    expect(docs.map((d) => d.source.split('/').pop())).toEqual(['c-article.txt'])
    await store.close()
  })
})
