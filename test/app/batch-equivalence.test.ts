import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ingestItems } from '../../src/app/ingest.js'
import { removeDocument } from '../../src/app/remove-document.js'
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

describe('incremental series of figures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-series-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const now = () => '2026-01-01T00:00:00.000Z'
  // Twelve years of trade between two countries, two outlets per year (the second repeats the first in even years).
  const docs: SourceDocument[] = []
  for (let y = 0; y < 12; y++) {
    for (const outlet of ['north', 'south']) {
      const value = outlet === 'north' || y % 2 === 0 ? 10 + y : 30 + y
      const text = `Lima, 2 May ${2011 + y}. Trade between Chile and Peru reached ${value}.5 billion USD in ${2010 + y}, the ${outlet} desk reported.\n`
      docs.push({ source: `gen/${outlet}-${y}.txt`, text, meta: {}, diagnostics: [] } as unknown as SourceDocument)
    }
  }
  const items = (list: SourceDocument[]) => list.map((doc) => ({ ok: true as const, doc }))

  it('keeps one figure per period, the same one by one (any order) as at once, and names only the first periods', async () => {
    const one = await openStore(join(dir, 'one.db'))
    await ingestItems(one, items(docs), { process: cachedProcess, now })
    const expected = await snapshot(one.db)
    const series = await one.db.selectFrom('conflicts').selectAll().where('kind', '=', 'change_over_time').execute()
    const members = await one.db.selectFrom('conflict_members').select('record').where('conflict', 'in', series.map((s) => s.id)).execute()
    const kinds = (await one.db.selectFrom('conflicts').select('kind').execute()).map((c) => c.kind).sort()
    await one.close()
    expect(series).toHaveLength(1)
    expect(members).toHaveLength(12)
    expect(series[0].note).toMatch(/and 4 more periods$/)
    // Odd years: the outlets disagree; even years: they agree.
    expect(kinds.filter((k) => k === 'conflict')).toHaveLength(6)
    expect(kinds.filter((k) => k === 'agreement')).toHaveLength(6)

    const shuffled = docs.map((d, n) => ({ d, k: (n * 11) % docs.length })).sort((x, y) => x.k - y.k).map((x) => x.d)
    const single = await openStore(join(dir, 'single.db'))
    for (const d of shuffled) await ingestItems(single, items([d]), { process: cachedProcess, now })
    const got = await snapshot(single.db)
    await single.close()
    for (const table of ['conflicts', 'conflict_members', 'record_buckets']) expect(got[table], table).toEqual(expected[table])
  })
})

describe('event clusters across batches', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-clusters-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const now = () => '2026-01-01T00:00:00.000Z'
  const doc = (source: string, text: string) => ({ ok: true as const, doc: { source, text, meta: {}, diagnostics: [] } as unknown as SourceDocument })
  // One meeting told by a report about the two leaders and by one about another pair (the document's pair differs).
  const leaders = doc(
    'leaders.txt',
    'date 2022-11-15\nPresident Joe Biden and President Xi Jinping met on Monday on the island of Bali, their first meeting in person as leaders. They talked for three hours about trade and Taiwan.\n',
  )
  const port = doc(
    'port.txt',
    'date 2022-11-17\nIndonesia and China signed a port agreement in Jakarta on Thursday. Chinese President Xi Jinping had met US President Joe Biden in Bali on Monday, the Indonesian foreign ministry noted.\n',
  )

  it('gives the same store whether the documents come in one ingest or two, either order', async () => {
    const one = await openStore(join(dir, 'one.db'))
    await ingestItems(one, [leaders, port], { process: cachedProcess, now })
    const expected = await snapshot(one.db)
    const meetings = await one.db.selectFrom('events').select(['pair', 'cluster']).where('type', '=', 'meeting').execute()
    await one.close()
    // The case is there: one cluster over two documents of different pairs.
    expect(meetings).toHaveLength(2)
    expect(new Set(meetings.map((m) => m.cluster)).size).toBe(1)
    expect(new Set(meetings.map((m) => m.pair)).size).toBe(2)

    for (const [first, second] of [
      [leaders, port],
      [port, leaders],
    ]) {
      const two = await openStore(join(dir, `two-${first.doc.source}.db`))
      await ingestItems(two, [first], { process: cachedProcess, now })
      await ingestItems(two, [second], { process: cachedProcess, now })
      const got = await snapshot(two.db)
      await two.close()
      // Full-text rows are numbered in the order written.
      for (const table of Object.keys(expected).filter((t) => t !== 'search_index')) expect(got[table], table).toEqual(expected[table])
    }
  })

  it('gives, when a document whose meeting joined another pair is removed, the store that never had it', async () => {
    const both = await openStore(join(dir, 'removed.db'))
    await ingestItems(both, [leaders, port], { process: cachedProcess, now })
    const portId = (await both.db.selectFrom('documents').select('id').where('source', '=', 'port.txt').executeTakeFirstOrThrow()).id
    expect(await removeDocument(both, portId)).toBe(true)
    const got = await snapshot(both.db)
    await both.close()
    const alone = await openStore(join(dir, 'alone.db'))
    await ingestItems(alone, [leaders], { process: cachedProcess, now })
    const expected = await snapshot(alone.db)
    await alone.close()
    for (const table of Object.keys(expected).filter((t) => t !== 'search_index')) expect(got[table], table).toEqual(expected[table])
  })
})
