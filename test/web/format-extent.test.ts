// Every date the dashboard shows must cover exactly what the record holds:
// formatted text read back gives the same interval, for hand cases and for
// every event and figure of the seed store.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { formatPeriod, formatPublished, formatValue, formatWhen } from '../../web/src/lib/format.js'
import { dyad } from '../cli/run-cli.js'

import { readBack } from './read-back.js'

describe('dates at their real extent', () => {
  it('shows ranges whole, whatever the granularity says', () => {
    const cases: [string, string, string, string][] = [
      ['2020-01-01', '2022-12-31', 'year', '2020–2022'],
      ['2022-10-30', '2022-11-02', 'day', '30 Oct – 2 Nov 2022'],
      ['2022-10-23', '2022-10-30', 'range', '23–30 Oct 2022'],
      ['2024-01-01', '2024-09-30', 'range', 'Jan–Sep 2024'],
      ['2016-01-01', '2022-10-30', 'range', '1 Jan 2016 – 30 Oct 2022'],
      ['1990-01-01', '1999-12-31', 'decade', '1990s'],
      ['2022-11-01', '2022-11-30', 'month', 'Nov 2022'],
    ]
    for (const [start, end, granularity, text] of cases) {
      expect(formatWhen({ start, end, granularity })).toBe(text)
      expect(readBack(text)).toEqual([start, end])
    }
  })

  it('writes counts with thousands separators', () => {
    expect(formatValue(4965, 'count')).toBe('4,965')
    expect(formatValue(234000, 'USD')).toBe('US$234,000')
  })

  const CORPUS = fileURLToPath(new URL('../../../shared/corpus/vietnam-china', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'dyad-extent-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  // Every event and figure of the seed and demo stores, as the CLI and the API hold them.
  const STORES = [
    ['seed', CORPUS, 60],
    ['demo', fileURLToPath(new URL('../../examples', import.meta.url)), 10],
  ] as const
  for (const [name, corpus, least] of STORES)
    it.skipIf(!existsSync(corpus))(`every event and figure of the ${name} store reads back to its own interval`, async () => {
      const db = join(dir, `${name}.db`)
      expect((await dyad('ingest', corpus, '--db', db)).code).toBe(0)
      const events = JSON.parse((await dyad('events', '--json', '--limit', '1000', '--db', db)).out) as { when: { start: string; end: string; granularity: string } | null }[]
      const figures = JSON.parse((await dyad('figures', '--json', '--limit', '1000', '--db', db)).out) as { period: { start: string; end: string } | { as_of: string } | null }[]
      let checked = 0
      for (const e of events)
        if (e.when) {
          expect(readBack(formatWhen(e.when)), JSON.stringify(e.when)).toEqual([e.when.start, e.when.end])
          checked++
        }
      for (const f of figures)
        if (f.period && 'start' in f.period) {
          expect(readBack(formatPeriod(f.period)), JSON.stringify(f.period)).toEqual([f.period.start, f.period.end])
          checked++
        }
      expect(checked).toBeGreaterThan(least)
    })

  it('shows an inferred publication date as the interval it lies in, a stated one as its day', () => {
    expect(formatPublished({ start: '2022-10-23', end: '2022-10-30', basis: 'inferred' })).toBe('23–30 Oct 2022 (inferred)')
    expect(formatPublished({ start: '2023-12-10', end: '2023-12-10', basis: 'stated' })).toBe('10 Dec 2023')
    expect(formatPublished(null)).toBe('date unknown')
  })

  // Every document of the seed and demo stores: the CLI's document list, its
  // summary's sources and the brief's sources show the publication date whole.
  const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url))
  for (const [name, corpus, pair] of [['seed', CORPUS, 'VN,CN'], ['demo', EXAMPLES, 'JP,AU']] as const) {
    it.skipIf(!existsSync(corpus))(`every publication date of the ${name} store is shown at its extent in the CLI and the brief`, async () => {
      const db = join(dir, `${name}-docs.db`)
      expect((await dyad('ingest', corpus, '--db', db)).code).toBe(0)
      type Doc = { id: string; published: { start: string; end: string; basis: string } | null }
      const docs = (JSON.parse((await dyad('documents', '--json', '--limit', '1000', '--db', db)).out) as Doc[]).filter((d) => d.published)
      expect(docs.length).toBeGreaterThan(0)
      const table = (await dyad('documents', '--db', db)).out
      const summary = (await dyad('summary', '--pair', pair, '--db', db)).out
      const out = join(dir, `${name}-brief.html`)
      expect((await dyad('report', '--pair', pair, '--out', out, '--db', db)).code).toBe(0)
      const brief = readFileSync(out, 'utf8')
      for (const d of docs) {
        const shown = formatPublished(d.published)
        expect(readBack(shown.replace(/ \(inferred\)$/, '')), shown).toEqual([d.published!.start, d.published!.end])
        expect(table, d.id).toContain(shown)
        expect(brief, d.id).toContain(`published ${shown}`)
        expect(summary, d.id).toContain(shown)
      }
    })
  }
})
