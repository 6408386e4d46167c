// Every date the dashboard shows must cover exactly what the record holds:
// formatted text read back gives the same interval, for hand cases and for
// every event and figure of the seed store.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { formatPeriod, formatValue, formatWhen } from '../../web/src/lib/format.js'
import { dyad } from '../cli/run-cli.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const mm = (name: string) => String(MONTHS.indexOf(name) + 1).padStart(2, '0')
const dd = (n: string) => n.padStart(2, '0')
const lastDay = (y: string, m: string) => String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate())

/** The interval a formatted date names (the inverse of formatWhen). */
function readBack(text: string): [string, string] {
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})$/.exec(text))) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  if ((m = /^(\d{4})–(\d{4})$/.exec(text))) return [`${m[1]}-01-01`, `${m[2]}-12-31`]
  if ((m = /^(\d{3})0s$/.exec(text))) return [`${m[1]}0-01-01`, `${m[1]}9-12-31`]
  if ((m = /^(\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[3]}-${mm(m[2])}-${dd(m[1])}`, `${m[3]}-${mm(m[2])}-${dd(m[1])}`]
  if ((m = /^(\w{3}) (\d{4})$/.exec(text))) return [`${m[2]}-${mm(m[1])}-01`, `${m[2]}-${mm(m[1])}-${lastDay(m[2], mm(m[1]))}`]
  if ((m = /^(\w{3})–(\w{3}) (\d{4})$/.exec(text))) return [`${m[3]}-${mm(m[1])}-01`, `${m[3]}-${mm(m[2])}-${lastDay(m[3], mm(m[2]))}`]
  if ((m = /^(\w{3}) (\d{4}) – (\w{3}) (\d{4})$/.exec(text))) return [`${m[2]}-${mm(m[1])}-01`, `${m[4]}-${mm(m[3])}-${lastDay(m[4], mm(m[3]))}`]
  if ((m = /^(\d+)–(\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[4]}-${mm(m[3])}-${dd(m[1])}`, `${m[4]}-${mm(m[3])}-${dd(m[2])}`]
  if ((m = /^(\d+) (\w{3}) – (\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[5]}-${mm(m[2])}-${dd(m[1])}`, `${m[5]}-${mm(m[4])}-${dd(m[3])}`]
  if ((m = /^(\d+) (\w{3}) (\d{4}) – (\d+) (\w{3}) (\d{4})$/.exec(text))) return [`${m[3]}-${mm(m[2])}-${dd(m[1])}`, `${m[6]}-${mm(m[5])}-${dd(m[4])}`]
  throw new Error(`unreadable date text: ${text}`)
}

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
    expect(formatValue(234000, 'USD')).toBe('$234k')
  })

  const CORPUS = fileURLToPath(new URL('../../../shared/corpus/vietnam-china', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'dyad-extent-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  it.skipIf(!existsSync(CORPUS))('every event and figure of the seed store reads back to its own interval', async () => {
    const db = join(dir, 'seed.db')
    expect((await dyad('ingest', CORPUS, '--db', db)).code).toBe(0)
    const events = JSON.parse((await dyad('events', '--json', '--limit', '1000', '--db', db)).out) as { when: { start: string; end: string; granularity: string } | null }[]
    const figures = JSON.parse((await dyad('figures', '--json', '--limit', '1000', '--db', db)).out) as { period: { start: string; end: string } | { as_of: string } | null }[]
    let checked = 0
    for (const e of events) if (e.when) {
      expect(readBack(formatWhen(e.when)), JSON.stringify(e.when)).toEqual([e.when.start, e.when.end])
      checked++
    }
    for (const f of figures) if (f.period && 'start' in f.period) {
      expect(readBack(formatPeriod(f.period)), JSON.stringify(f.period)).toEqual([f.period.start, f.period.end])
      checked++
    }
    expect(checked).toBeGreaterThan(60)
  })
})
