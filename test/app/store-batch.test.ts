import { describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import type { SourceDocument } from '../../src/model/types.js'
import type { ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/index.js'
import { fakeProcess } from '../store/helpers/fake-pipeline.js'

const doc = (name: string, text: string): SourceDocument => ({ source: `batch/${name}.txt`, text, meta: {}, diagnostics: [] })
const docs = [
  doc('a', 'Prime Minister Anthony Albanese of Australia visited Japan on 3 May 2024.'),
  doc('b', 'Foreign Minister Penny Wong of Australia visited Kenya on 4 May 2024.'),
  doc('c', 'President William Ruto of Kenya visited Ethiopia on 5 May 2024.'),
]
const items = docs.map((d) => ({ ok: true as const, doc: d }))

describe('documents stored in one batch', () => {
  it('should store the others when the pipeline fails on one, and report it as a bug, not a bad file', async () => {
    const store = await openStore(':memory:')
    const process = (input: ProcessInput) => {
      if (input.source.endsWith('b.txt')) throw new Error('recognizer broke')
      return fakeProcess(input)
    }
    const report = await ingestItems(store, items, { process, batch: 10 })
    expect(report.documents.map((d) => d.outcome)).toEqual(['new', 'failed', 'new'])
    expect(report.failures).toEqual([
      { source: 'batch/b.txt', reason: 'a bug in Dyad, not a problem with this document: the pipeline threw "recognizer broke" (please report it with the document)', ruleId: 'bug:pipeline' },
    ])
    const sources = (await store.db.selectFrom('documents').select('source').orderBy('source').execute()).map((r) => r.source)
    expect(sources).toEqual(['batch/a.txt', 'batch/c.txt'])
    await store.close()
  })

  it('should leave no row of a document whose write fails halfway, and keep the rest of the batch', async () => {
    const store = await openStore(':memory:')
    // An entity mention without a key breaks the insert after the document row was written.
    const process = (input: ProcessInput) => {
      const x = fakeProcess(input)
      if (!input.source.endsWith('b.txt')) return x
      return { ...x, entities: x.entities.map((e) => ({ ...e, key: null as unknown as string })) }
    }
    const report = await ingestItems(store, items, { process, batch: 10 })
    expect(report.documents.map((d) => d.outcome)).toEqual(['new', 'failed', 'new'])
    expect(report.failures[0].reason).toMatch(/^batch\/b\.txt: .*NOT NULL/)
    const failedId = report.documents[1].id
    expect(failedId).toBeNull()
    const sources = (await store.db.selectFrom('documents').select('source').orderBy('source').execute()).map((r) => r.source)
    expect(sources).toEqual(['batch/a.txt', 'batch/c.txt'])
    const stored = new Set(report.documents.flatMap((d) => (d.id ? [d.id] : [])))
    for (const table of ['diagnostics', 'time_mentions', 'entity_mentions', 'doc_entities', 'events', 'search_index'] as const) {
      const docsIn = new Set((await store.db.selectFrom(table).select('doc').execute()).map((r) => r.doc))
      expect([...docsIn].filter((d) => !stored.has(d)), table).toEqual([])
    }
    await store.close()
  })

  it('should give the same store in batches of one, two and ten', async () => {
    const snapshots: unknown[] = []
    for (const batch of [1, 2, 10]) {
      const store = await openStore(':memory:')
      await ingestItems(store, [...items, items[0]], { process: fakeProcess, batch, now: () => '2026-01-01T00:00:00.000Z' })
      snapshots.push(await store.db.selectFrom('documents').selectAll().orderBy('id').execute(), await store.db.selectFrom('events').selectAll().orderBy('id').execute())
      await store.close()
    }
    expect(snapshots[2]).toEqual(snapshots[0])
    expect(snapshots[4]).toEqual(snapshots[0])
    expect(snapshots[3]).toEqual(snapshots[1])
    expect(snapshots[5]).toEqual(snapshots[1])
  })
})
