// What a person is told about the seed corpus must be true in every place
// that tells it: the CLI, the API and the brief read one store and agree.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.js'
import { openStore, type Store } from '../../src/store/index.js'
import { call } from '../api/helpers.js'
import { formatWhen } from '../../src/shared/when-text.js'
import { dyad } from '../cli/run-cli.js'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/vietnam-china', import.meta.url))

describe.skipIf(!existsSync(CORPUS))('the seed corpus as an analyst sees it', () => {
  let dir: string
  let db: string
  let store: Store
  let app: FastifyInstance
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-seed-view-'))
    db = join(dir, 'seed.db')
    const run = await dyad('ingest', CORPUS, '--db', db)
    expect(run.code, run.err).toBe(0)
    store = await openStore(db)
    app = await createApp({ store })
  })
  afterAll(async () => {
    await app?.close()
    await store?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  describe('conflict means conflict everywhere: the one real conflict is 2021 trade ($230 billion vs $165.8 billion)', () => {
    it('the CLI: summary, conflicts and figures', async () => {
      const summary = JSON.parse((await dyad('summary', '--json', '--db', db)).out)
      expect(summary.counts.conflicts).toBe(1)
      expect(summary.counts.agreements + summary.counts.changes_over_time).toBeGreaterThan(0)
      const conflicts = JSON.parse((await dyad('conflicts', '--pair', 'VN,CN', '--json', '--db', db)).out)
      expect(conflicts).toHaveLength(1)
      expect(conflicts[0].about).toMatch(/^trade_turnover .* 2021$/)
      // as a person reads it: what is compared, each value with who states it and the document cited by title, outlet and date
      const text = (await dyad('conflicts', '--pair', 'VN,CN', '--db', db)).out
      expect(text).toMatch(/^conflict {2}Trade turnover, (?:Vietnam → China|China → Vietnam), 2021\n/)
      expect(text).toContain('  US$165.8 billion for 2021, per General Department of Vietnam Customs (“A visit paid to China by General Secretary')
      expect(text).toContain('  over US$230 billion for 2021, no source named (China, Vietnam chart course for bilateral ties during talks between Xi, Trong, outlet not named, 1 Nov 2022)')
      expect(text).not.toMatch(/\bd[0-9a-f]{16}\b|\b(?:org|country):|165800000000/)
      const all = (await dyad('conflicts', '--kind', 'all', '--pair', 'VN,CN', '--db', db)).out
      expect(all).toMatch(/^change over time {2}Trade partner rank \(overall\), Vietnam → China\n {2}No\. 6 for 1 Jan 2020 – 30 Oct 2022, /m)
      expect(all).toContain('  US$22.4 billion as of 20 Aug 2022, ')
      const figures = JSON.parse((await dyad('figures', '--pair', 'VN,CN', '--json', '--db', db)).out) as { indicator: string; value: number; conflicts: string[] }[]
      const inConflict = figures.filter((f) => f.conflicts.length > 0)
      expect(inConflict.map((f) => [f.indicator, f.value]).sort()).toEqual([['trade_turnover', 165.8e9], ['trade_turnover', 230e9]])
      const table = (await dyad('figures', '--pair', 'VN,CN', '--db', db)).out
      expect(table.split('\n')[0]).toMatch(/\bscope\s+compared\b/)
      expect(table.match(/CONFLICT/g)).toHaveLength(2)
      // every rank names where it is counted: the scope stated, else overall
      const ranks = table.split('\n').filter((l) => /^\w+_rank /.test(l))
      expect(ranks.length).toBe(figures.filter((f) => f.indicator.endsWith('_rank')).length)
      for (const l of ranks) expect(l).toMatch(/ \d rank .* (?:ASEAN|overall) /)
      expect(ranks.filter((l) => / 6 rank .* overall /.test(l)).length).toBeGreaterThan(0)
      // thousands written as the dashboard writes them
      expect(table).toMatch(/ 4,965 count /)
      expect(table).toMatch(/ 234,000 USD /)
    })

    it('the API: /conflicts, /stats and the points of /indicators', async () => {
      const conflicts = await call(app, '/api/conflicts?pair=VN,CN')
      expect(conflicts.json.items.map((c: { kind: string }) => c.kind)).toEqual(['conflict'])
      const all = await call(app, '/api/conflicts?kind=all')
      expect(all.json.items.length).toBeGreaterThan(1)
      const stats = await call(app, '/api/stats')
      expect(stats.json.counts.conflicts).toBe(1)
      const indicators = await call(app, '/api/indicators?pair=VN,CN')
      const marked = new Set(indicators.json.series.flatMap((s: { points: { conflicts: string[] }[] }) => s.points.flatMap((p) => p.conflicts)))
      expect([...marked]).toEqual([conflicts.json.items[0].id])
    })

    it('the brief', async () => {
      const out = join(dir, 'brief.html')
      const run = await dyad('report', '--pair', 'VN,CN', '--out', out, '--db', db)
      expect(run.code, run.err).toBe(0)
      const html = readFileSync(out, 'utf8')
      expect(html).toMatch(/<strong>1<\/strong>conflict between sources/)
      expect(html.match(/<span class="badge conflict">conflict<\/span>/g)).toHaveLength(1)
      // a headline rank says among which partners: 'No. 5 trade partner overall', as the API's sentence does
      const sentences = JSON.stringify((await call(app, '/api/summary?pair=VN,CN')).json)
      expect(sentences).toMatch(/Vietnam was China's No\. 5 trade partner overall in 2024/)
      expect(html).toMatch(/Vietnam was China&#39;s No\. 5 trade partner overall in 2024|Vietnam was China's No\. 5 trade partner overall in 2024/)
    })
  })

  it('lists as latest events what happened, newest first: no plan for next year opens the list', async () => {
    const latest = (await call(app, '/api/stats')).json.latest as { status: string; when: { start: string } }[]
    expect(latest.length).toBeGreaterThan(3)
    expect(latest.every((c) => c.status === 'occurred')).toBe(true)
    const starts = latest.map((c) => c.when.start)
    expect(starts).toEqual([...starts].sort().reverse())
    // the seed holds plans dated after its newest occurred event; none of them is listed
    const planned = JSON.parse((await dyad('events', '--pair', 'VN,CN', '--status', 'planned', '--json', '--db', db)).out) as { when: { start: string } | null }[]
    expect(planned.some((e) => e.when && e.when.start > starts[0]!)).toBe(true)
    // the brief's latest events are the overview's: what happened, newest first, no plan among them
    const out = join(dir, 'brief-latest.html')
    expect((await dyad('report', '--pair', 'VN,CN', '--out', out, '--db', db)).code).toBe(0)
    const section = /<section><h2>Latest events<\/h2>(.*?)<\/section>/s.exec(readFileSync(out, 'utf8'))![1]!
    expect(section).not.toContain('badge planned')
    const quotes = [...section.matchAll(/<blockquote>(.*?)<\/blockquote>/gs)].map((m) => m[1])
    expect(new Set(quotes).size).toBe(quotes.length)
    expect(section).toContain('Stated in the same sentence as an event above.')
    const whens = [...section.matchAll(/<span class="when">(.*?)<\/span>/g)].map((m) => m[1])
    expect(whens.length).toBeGreaterThan(3)
    expect(whens[0]).toBe(formatWhen(latest[0]!.when as Parameters<typeof formatWhen>[0]))
    expect(new Set(whens)).toEqual(new Set(latest.slice(0, whens.length).map((c) => formatWhen(c.when as Parameters<typeof formatWhen>[0]))))
  })

  it('lists each office of a person once, and cuts no cell of a table inside a word', async () => {
    const table = (await dyad('entities', '--pair', 'VN,CN', '--type', 'person', '--db', db)).out
    const row = (name: string) => table.split('\n').find((l) => l.startsWith(name))!
    expect(row('Xi Jinping')).toMatch(/ General Secretary; President /)
    expect(row('Nguyễn Phú Trọng')).toMatch(/ General Secretary /)
    expect(row('Phạm Minh Chính')).toMatch(/ Prime Minister /)
    // a clipped cell ends after a whole word of the texts ('... of the Chinese…'), never inside one ('Vietn…')
    const words = new Set(readdirSync(CORPUS).flatMap((f) => readFileSync(join(CORPUS, f), 'utf8').split(/[^\p{L}\p{M}]+/u)))
    let clipped = 0
    for (const command of ['entities', 'events', 'figures', 'documents']) {
      const out = (await dyad(command, '--pair', 'VN,CN', '--db', db)).out
      for (const m of out.matchAll(/(\p{L}[\p{L}\p{M}]*)…/gu)) {
        clipped++
        expect(words.has(m[1]!), `${command}: ${m[0]}`).toBe(true)
      }
    }
    expect(clipped).toBeGreaterThan(3)
  })

  describe('documents have an identity and no local path leaves the machine', () => {
    it('names documents from the folder given, and titles plain text by its headline line', async () => {
      const docs = JSON.parse((await dyad('documents', '--json', '--db', db)).out) as { source: string; title: string | null }[]
      expect(docs.map((d) => d.source).every((s) => /^vietnam-china\/\d{3}_[0-9a-f]+\.txt$/.test(s))).toBe(true)
      expect(docs.map((d) => d.title).filter(Boolean)).toEqual([
        'China, Vietnam chart course for bilateral ties during talks between Xi, Trong',
        'Party leader’s upcoming visit to take Vietnam-China ties to new development period',
      ])
    })

    it('names every document by its title or, without one, its lead; never by its file name', async () => {
      const docs = JSON.parse((await dyad('documents', '--json', '--db', db)).out) as { id: string; source: string; title: string | null; lead: string | null }[]
      expect(docs.filter((d) => !d.title).length).toBeGreaterThan(0)
      for (const d of docs) expect(d.title ?? d.lead, d.source).toMatch(/^\p{Lu}.{20,}/u)
      const table = (await dyad('documents', '--db', db)).out
      const summary = (await dyad('summary', '--pair', 'VN,CN', '--db', db)).out
      const out = join(dir, 'brief-sources.html')
      expect((await dyad('report', '--pair', 'VN,CN', '--out', out, '--db', db)).code).toBe(0)
      const sources = /<ol class="sources">(.*?)<\/ol>/s.exec(readFileSync(out, 'utf8'))![1]!
      const api = (await call(app, '/api/summary?pair=VN,CN')).json.sources as { title: string | null; lead: string | null }[]
      expect(api.every((s) => s.title || s.lead)).toBe(true)
      for (const d of docs) {
        const label = d.title ?? `“${d.lead}”`
        expect(table).toContain(label.slice(0, 40))
        expect(summary).toContain(label)
        expect(sources).toContain(label.replace(/&/g, '&amp;'))
      }
      // the file name is kept beside a label, never in its place
      expect(sources).not.toMatch(/untitled/)
    })

    it('no API response holds an absolute local path', async () => {
      const docs = (await call(app, '/api/documents')).json.items as { id: string }[]
      const events = (await call(app, '/api/events?limit=5')).json.items as { id: string; cluster: string | null }[]
      const urls = [
        '/api/health', '/api/stats', '/api/documents', '/api/entities', '/api/events?limit=500', '/api/timeline?pair=VN,CN', '/api/indicators',
        '/api/conflicts?kind=all', '/api/search?q=Vietnam', ...docs.map((d) => `/api/documents/${d.id}`), ...events.map((e) => `/api/events/${e.id}`),
      ]
      for (const url of urls) {
        const r = await call(app, url)
        expect(r.status, url).toBe(200)
        expect(r.body, url).not.toContain(CORPUS)
        expect(r.body, url).not.toContain(dir)
        expect(r.body, url).not.toMatch(/"(?:source|path|file)":"\//)
      }
    })
  })
})
