import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportJsonFromStore } from '../../src/app/export/export-json-from-store.js'
import { crossDateStored } from '../../src/app/cross-date.js'
import { buildExport, type ExportInput } from '../../src/app/export-json.js'
import { crossDate } from '../../src/resolve/dating.js'
import { resolveEntities } from '../../src/resolve/entities.js'
import { ingestItems, ingestPaths } from '../../src/app/ingest.js'
import { readInputs } from '../../src/ingest/read.js'
import type { Extraction, SourceDocument } from '../../src/model/types.js'
import { processDocument, type ProcessInput } from '../../src/pipeline/run.js'
import { openStore } from '../../src/store/index.js'
import { contentHash, documentId } from '../../src/util/ids.js'
import { snapshot } from '../store/helpers/snapshot.js'

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/vietnam-china')

// The real pipeline runs once per document; every store below reuses its output.
const cache = new Map<string, Extraction>()
const cachedProcess = (input: ProcessInput) => {
  const key = `${input.docId}|${JSON.stringify(input.meta?.referenceHint ?? null)}`
  if (!cache.has(key)) cache.set(key, processDocument(input))
  return cache.get(key)!
}

/** The in-memory path of scripts/dev-score.ts: process, cross-date, process the borrowers again. */
function inMemory(sources: readonly SourceDocument[]): ExportInput[] {
  const first = sources.map((s) => {
    const id = documentId(contentHash(s.text))
    const extraction = cachedProcess({ docId: id, source: s.source, text: s.text })
    return { id, source: s.source, url: null, title: null, text: s.text, published: extraction.published, extraction }
  })
  const resolution = resolveEntities(first.map((d) => ({ doc: d.id, actors: d.extraction.actors })))
  const ref = (doc: string, key: string | null | undefined) => (key ? resolution.canonical(doc, key) : null)
  const hints = crossDate(
    first.map((d) => ({
      id: d.id,
      published: d.extraction.published,
      times: d.extraction.times,
      diagnostics: d.extraction.diagnostics,
      events: d.extraction.events.map((e) => ({ ...e, actors: e.actors.map((a) => ref(d.id, a)!), host: ref(d.id, e.host), place: ref(d.id, e.place) })),
    })),
  )
  return first.map((d) => {
    const hint = hints.get(d.id)
    if (!hint) return d
    const { companion: _, ...referenceHint } = hint
    const extraction = cachedProcess({ docId: d.id, source: d.source, text: d.text, meta: { referenceHint } })
    return { ...d, published: extraction.published, extraction }
  })
}

describe('ingesting the seed corpus through the real pipeline', () => {
  let dir: string
  let sources: SourceDocument[] = []
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

  it('exports what the in-memory export builds from the same extractions', async () => {
    const store = await open('same')
    await ingestItems(store, items(sources), { process: cachedProcess })
    const stored = await exportJsonFromStore(store.db)
    await store.close()
    const memory = buildExport(inMemory(sources))
    // Cross-document dating happened (seed articles without a date borrow one), and nothing is left to redo.
    const again = await open('same')
    expect((await crossDateStored(again.db, stored.documents.map((d) => d.id), cachedProcess)).docs).toEqual([])
    const hinted = await again.db.selectFrom('documents').select('reference_hint').where('reference_hint', 'is not', null).execute()
    await again.close()
    expect(hinted.length).toBeGreaterThan(0)
    const pick = (x: typeof memory) => ({
      documents: x.documents.map((d) => [d.id, d.published]),
      entities: x.entities.map((e) => [e.id, e.name, [...e.aliases].sort()]).sort(),
      events: x.events.map((e) => JSON.stringify([e.id, e.type, e.actors, e.host, e.place, e.when, e.status, e.span, e.cluster, e.repeat_of])).sort(),
      indicators: x.indicators.map((i) => JSON.stringify([i.id, i.indicator, i.value, i.subject, i.counterpart, i.period, i.span])).sort(),
      conflicts: x.conflicts.map((c) => JSON.stringify([c.kind, [...c.indicators].sort(), [...c.events].sort()])).sort(),
    })
    expect(pick(stored)).toEqual(pick(memory))
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
