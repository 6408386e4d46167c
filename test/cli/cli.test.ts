import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from '../../src/app/export/csv.js'
import { TSV_HEADER } from '../../src/app/export/tables.js'
import { dyad } from './run-cli.js'

const ROOT = join(import.meta.dirname, '../..')
const EXAMPLES = join(ROOT, 'examples')

describe('dyad CLI', () => {
  let dir: string
  let db: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'))
    db = join(dir, 'cli.db')
    const run = await dyad('ingest', EXAMPLES, '--db', db)
    expect(run.code, run.err).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints help for the program and for every command', async () => {
    const top = await dyad('--help')
    expect(top.code).toBe(0)
    const names = [...top.out.matchAll(/^ {2}(\w+)\b/gm)].map((m) => m[1]).filter((n) => n !== 'help')
    expect(names).toEqual(expect.arrayContaining(['ingest', 'export', 'eval', 'events', 'figures', 'timeline', 'summary', 'report', 'time', 'serve', 'conflicts', 'entities', 'documents']))
    for (const name of names) {
      const help = await dyad(name, '--help')
      expect(help.code, name).toBe(0)
      expect(help.out, name).toMatch(new RegExp(`Usage: dyad ${name}`))
    }
  })

  it('ingests a folder with a one-line summary, and a second time finds nothing new', async () => {
    const again = await dyad('ingest', EXAMPLES, '--db', db)
    expect(again.code).toBe(0)
    expect(again.out).toMatch(/^documents: 0 new, 0 replaced, 4 unchanged, 0 failed; records extracted: 0 events/)
  })

  it('exits non-zero and names a path that does not exist', async () => {
    const run = await dyad('ingest', '/no/such/path', '--db', join(dir, 'missing.db'))
    expect(run.code).not.toBe(0)
    expect(run.err).toContain('/no/such/path')
  })

  it('lists failed files on stderr and still ingests the rest', async () => {
    const folder = join(dir, 'mixed')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'empty.txt'), '')
    writeFileSync(join(folder, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00]))
    writeFileSync(join(folder, 'note.txt'), 'Kenya and Ethiopia held talks in Nairobi on 3 May 2024 on border trade and a new road link between the two countries.\n')
    const run = await dyad('ingest', folder, '--db', join(dir, 'mixed.db'))
    expect(run.code).toBe(0)
    expect(run.out).toMatch(/1 new, 0 replaced, 0 unchanged, 2 failed/)
    expect(run.err).toContain('empty.txt')
    expect(run.err).toContain('blob.txt')
  })

  it('exits non-zero when every input failed', async () => {
    const folder = join(dir, 'bad')
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'empty.txt'), '')
    const run = await dyad('ingest', folder, '--db', join(dir, 'bad.db'))
    expect(run.code).toBe(1)
  })

  it('exports the scored JSON structure with each document text', async () => {
    const out = join(dir, 'export.json')
    const run = await dyad('export', '--format', 'json', '--db', db, '--out', out)
    expect(run.code, run.err).toBe(0)
    const x = JSON.parse(readFileSync(out, 'utf8'))
    expect(Object.keys(x).sort()).toEqual(['conflicts', 'documents', 'entities', 'events', 'indicators', 'unasserted_events'])
    expect(x.documents).toHaveLength(4)
    for (const d of x.documents) {
      expect(d).toEqual(expect.objectContaining({ id: expect.any(String), source: expect.stringMatching(/\.txt$/), text: expect.any(String) }))
      expect(d).toHaveProperty('published')
    }
    const ids = new Set(x.entities.map((e: { id: string }) => e.id))
    for (const e of x.entities) expect(e).toEqual(expect.objectContaining({ name: expect.any(String), type: expect.any(String), aliases: expect.any(Array), roles: expect.any(Array) }))
    expect(x.events.length).toBeGreaterThan(0)
    for (const e of x.events) {
      for (const key of ['id', 'doc', 'type', 'cameo', 'plover', 'actors', 'host', 'place', 'when', 'status', 'count', 'span', 'cluster']) expect(e, key).toHaveProperty(key)
      const text: string = x.documents.find((d: { id: string }) => d.id === e.doc).text
      expect(e.span.end).toBeLessThanOrEqual(text.length)
      for (const a of e.actors) if (!a.startsWith('group:')) expect(ids.has(a), a).toBe(true)
    }
    for (const i of x.indicators) {
      for (const key of ['id', 'doc', 'indicator', 'subject', 'counterpart', 'scope', 'value', 'unit', 'bound', 'period', 'source', 'span']) expect(i, key).toHaveProperty(key)
      expect(typeof i.value).toBe('number')
    }
  })

  it('exports CSV tables that parse back to the same counts, with quoting', async () => {
    const folder = join(dir, 'csv')
    const run = await dyad('export', '--format', 'csv', '--db', db, '--out', folder)
    expect(run.code, run.err).toBe(0)
    const x = JSON.parse((await dyad('export', '--db', db)).out)
    expect(readdirSync(folder).sort()).toEqual(['conflicts.csv', 'diagnostics.csv', 'documents.csv', 'entities.csv', 'events.csv', 'indicators.csv', 'roles.csv'])
    const documents = parseCsv(readFileSync(join(folder, 'documents.csv'), 'utf8'))
    expect(documents[0]).toContain('text')
    expect(documents).toHaveLength(x.documents.length + 1)
    const textAt = documents[0].indexOf('text')
    // Multi-line texts with commas and quotes come back exactly.
    expect(documents.slice(1).map((r) => r[textAt]).sort()).toEqual(x.documents.map((d: { text: string }) => d.text).sort())
    const events = parseCsv(readFileSync(join(folder, 'events.csv'), 'utf8'))
    expect(events).toHaveLength(x.events.length + 1)
    for (const row of events) expect(row).toHaveLength(events[0].length)
  })

  it('refuses CSV without an output folder', async () => {
    const run = await dyad('export', '--format', 'csv', '--db', db)
    expect(run.code).toBe(2)
    expect(run.err).toMatch(/--out/)
  })

  it('exports a tab-separated event file in an event-data layout', async () => {
    const run = await dyad('export', '--format', 'tsv', '--db', db)
    expect(run.code, run.err).toBe(0)
    const lines = run.out.trimEnd().split('\n')
    expect(lines[0].split('\t')).toEqual(TSV_HEADER)
    const x = JSON.parse((await dyad('export', '--db', db)).out)
    expect(lines).toHaveLength(x.events.length + 1)
    for (const line of lines.slice(1)) {
      const cells = line.split('\t')
      expect(cells).toHaveLength(TSV_HEADER.length)
      expect(cells[TSV_HEADER.indexOf('cameo')]).toMatch(/^\d{2,4}$/)
      expect(cells[TSV_HEADER.indexOf('quad_class')]).toMatch(/^[1-4]$/)
    }
  })

  it('prints events, figures and a timeline as tables, with filters', async () => {
    const events = await dyad('events', '--db', db, '--pair', 'JP,AU')
    expect(events.code, events.err).toBe(0)
    expect(events.out.split('\n')[0]).toMatch(/^when\s+type\s+status\s+actors/)
    expect(events.out).toMatch(/\d+ events?\n$/)
    const none = await dyad('events', '--db', db, '--pair', 'KE,ET')
    expect(none.out).toMatch(/^0 events: no data for the pair KE-ET/m)
    const figures = await dyad('figures', '--db', db, '--json')
    expect(Array.isArray(JSON.parse(figures.out))).toBe(true)
    const timeline = await dyad('timeline', '--pair', 'Japan,Australia', '--db', db)
    expect(timeline.code, timeline.err).toBe(0)
    expect(timeline.out).toMatch(/^when\s+type/)
    const bad = await dyad('timeline', '--pair', 'Atlantis,Japan', '--db', db)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/not a country/)
  })

  it('scores the store with eval, like score.py', async () => {
    const goldFile = join(dir, 'gold.json')
    const x = JSON.parse((await dyad('export', '--db', db)).out)
    const doc = x.documents.find((d: { source: string }) => d.source.endsWith('04-trade-partnership.txt'))
    const quote = 'A$92.4 billion'
    writeFileSync(
      goldFile,
      JSON.stringify({
        documents: { '04-trade-partnership.txt': { published: '2024-03-15' } },
        entities: [{ name: 'Japan', aliases: ['Japanese'] }],
        events: [],
        indicators: [{ id: 'I1', doc: '04-trade-partnership.txt', indicator: 'exports', value: 92400000000, unit: 'AUD', bound: 'exact', period: '2023', quote }],
        conflicts: [],
      }),
    )
    expect(doc.text).toContain(quote)
    const run = await dyad('eval', '--gold', goldFile, '--db', db)
    expect(run.code, run.err).toBe(0)
    expect(run.out.split('\n')[0]).toBe('documents  found 1/1, dated correctly 1/1')
    expect(run.out).toMatch(/^SUMMARY events_f1=0\.0 indicators_f1=[\d.]+ entities_recall=1\.0 dates=1\/1/m)
  })
})

const bin = join(ROOT, 'bin/dyad.js')
describe.skipIf(!existsSync(join(ROOT, 'dist/cli/main.js')))('the built bin', () => {
  it('runs and exits non-zero naming a missing path', () => {
    const help = spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/Usage: dyad/)
    const missing = spawnSync(process.execPath, [bin, 'ingest', '/no/such/place', '--db', join(tmpdir(), `dyad-bin-${process.pid}.db`)], { encoding: 'utf8' })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('/no/such/place')
  })
})
