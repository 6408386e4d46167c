// No surface shows a date wider or narrower than the record holds: the
// brief, `dyad summary --pair` and the CLI tables, over every record of the
// seed store, read back to the intervals the store and the API hold.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dyad } from '../cli/run-cli.js'
import { readBack } from '../web/read-back.js'

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/vietnam-china', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'dyad-brief-extent-'))
const db = join(dir, 'seed.db')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type When = { start: string; end: string }
type Period = When | { as_of: string }
const unescape = (s: string) => s.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
const asOf = (text: string) => readBack(text.replace(/^as of /, ''))[0]

describe.skipIf(!existsSync(CORPUS))('dates in the brief and the CLI at the extent of their records', () => {
  beforeAll(async () => {
    expect((await dyad('ingest', CORPUS, '--db', db)).code).toBe(0)
  }, 120_000)

  it('the brief dates each distinct event as the API timeline does, and every figure by its own period', async () => {
    const out = join(dir, 'brief.html')
    expect((await dyad('report', '--pair', 'VN,CN', '--db', db, '--out', out)).code).toBe(0)
    const html = readFileSync(out, 'utf8')
    const { openStore } = await import('../../src/store/index.js')
    const { timeline } = await import('../../src/app/read/index.js')
    const { listIndicators, readPair } = await import('../../src/app/query/index.js')
    const store = await openStore(db)
    try {
      const api = (await timeline(store.db, { pair: readPair('VN,CN') })).items
      const chronology = html.slice(html.indexOf('<h2>Chronology</h2>'), html.indexOf('<h2>Sources</h2>'))
      const shown = [...chronology.matchAll(/<td class="when">([^<]+)<\/td>/g)].map((m) => readBack(unescape(m[1]!)))
      // the same real events, at the same intervals, in the same time order
      expect(shown.length).toBe(api.length)
      expect(shown.map(([s, e]) => `${s}..${e}`).sort()).toEqual(api.map((c) => `${c.when!.start}..${c.when!.end}`).sort())
      // the 30 Oct - 2 Nov 2022 visit is shown whole
      expect(chronology).toContain('30 Oct – 2 Nov 2022')

      const figures = await listIndicators(store.db, { pair: 'VN,CN' })
      const table = html.slice(html.indexOf('<details>'), html.indexOf('</details>'))
      const periods = [...table.matchAll(/<td class="when">([^<]+)<\/td>/g)].map((m) => unescape(m[1]!))
      expect(periods.length).toBeGreaterThan(5)
      const held = new Set(figures.map((f) => JSON.stringify(f.period)))
      for (const p of periods) {
        const period: Period = p.startsWith('as of ') ? { as_of: asOf(p) } : { start: readBack(p)[0], end: readBack(p)[1] }
        expect(held.has(JSON.stringify(period)), p).toBe(true)
      }
    } finally {
      await store.close()
    }
  })

  it('dyad summary --pair writes each headline figure with its own period', async () => {
    const json = JSON.parse((await dyad('summary', '--pair', 'VN,CN', '--json', '--db', db)).out) as { headline: { id: string; sentence: string }[] }
    const figures = JSON.parse((await dyad('figures', '--json', '--limit', '1000', '--db', db)).out) as { id: string; period: Period | null }[]
    const byId = new Map(figures.map((f) => [f.id, f]))
    expect(json.headline.length).toBeGreaterThan(3)
    for (const h of json.headline) {
      const f = byId.get(h.id)!
      // the first date phrase of the sentence is the figure's period ("in Jan–Sep 2024", "as of 31 Oct 2024")
      const m = /(?: in | as of )((?:\d+ )?(?:[A-Z][a-z]{2}(?:–[A-Z][a-z]{2})? )?\d{4}(?:–\d{4})?)/.exec(h.sentence)!
      expect(m, h.sentence).not.toBeNull()
      const [start, end] = readBack(m[1]!)
      if ('as_of' in f.period!) expect(start, h.sentence).toBe(f.period.as_of)
      else expect([start, end], h.sentence).toEqual([f.period!.start, f.period!.end])
    }
  })

  it('the CLI tables print every event and figure interval whole', async () => {
    const table = (await dyad('events', '--limit', '1000', '--db', db)).out
    const events = JSON.parse((await dyad('events', '--json', '--limit', '1000', '--db', db)).out) as { when: When | null }[]
    const shown = [...table.matchAll(/^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?\s/gm)].map((m) => `${m[1]}..${m[2] ?? m[1]}`)
    expect(shown.sort()).toEqual(events.filter((e) => e.when).map((e) => `${e.when!.start}..${e.when!.end}`).sort())
    const figTable = (await dyad('figures', '--limit', '1000', '--db', db)).out
    const figures = JSON.parse((await dyad('figures', '--json', '--limit', '1000', '--db', db)).out) as { period: Period | null }[]
    const periods = [...figTable.matchAll(/^\S+\s+(as of \d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}|\d{4})\s/gm)].map((m) => m[1]!)
    const held = figures.filter((f) => f.period).map((f) => {
      const p = f.period!
      if ('as_of' in p) return `as of ${p.as_of}`
      return p.start.endsWith('-01-01') && p.end === `${p.start.slice(0, 4)}-12-31` ? p.start.slice(0, 4) : `${p.start}..${p.end}`
    })
    expect(periods.sort()).toEqual(held.sort())
    expect(periods.length + shown.length).toBeGreaterThan(90)
  })
})
