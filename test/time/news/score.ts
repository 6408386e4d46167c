/**
 * Reading a table row with Dyad (the `dyad time` path) or with bare
 * chrono-node, and scoring the reading; shared by the test and the bench.
 */
import * as chrono from 'chrono-node'
import type { Granularity } from '../../../src/model/types.js'
import { resolveTimeText } from '../../../src/time/index.js'
import { expectedOf, type NewsPhrase } from './table.js'

/** One expression found in a phrase. */
export interface Reading {
  readonly start: number
  readonly end: number
  readonly value: { readonly start: string; readonly end: string; readonly granularity: Granularity } | null
}

export function dyadReadings(phrase: NewsPhrase): Reading[] {
  return resolveTimeText(phrase.text, phrase.ref, { tense: phrase.tense, dayFirst: phrase.dayFirst }).map((m) => ({
    start: m.span.start,
    end: m.span.end,
    value: m.value,
  }))
}

const pad = (x: number) => String(x).padStart(2, '0')
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** A weekday ("on Monday") names one day though chrono only implies its date. */
const dayCertain = (c: chrono.ParsedComponents) => c.isCertain('day') || c.isCertain('weekday')

/** chrono's components as an interval at the precision it is certain of. */
function chronoValue(start: chrono.ParsedComponents, end: chrono.ParsedComponents | null): Reading['value'] {
  const edge = (c: chrono.ParsedComponents, last: boolean): string => {
    const y = c.get('year')!
    const m = c.get('month')!
    if (dayCertain(c)) return `${y}-${pad(m)}-${pad(c.get('day')!)}`
    if (c.isCertain('month')) return `${y}-${pad(m)}-${pad(last ? lastDay(y, m) : 1)}`
    return last ? `${y}-12-31` : `${y}-01-01`
  }
  const granularity: Granularity = dayCertain(start) ? 'day' : start.isCertain('month') ? 'month' : 'year'
  return { start: edge(start, false), end: edge(end ?? start, true), granularity }
}

/** Bare chrono-node: British English for day-first texts, forward dates in a future clause. */
export function chronoReadings(phrase: NewsPhrase): Reading[] {
  const parser = phrase.dayFirst ? chrono.en.GB : chrono.en.casual
  const ref = phrase.ref ? new Date(`${phrase.ref}T12:00:00`) : new Date(0)
  return parser.parse(phrase.text, ref, { forwardDate: phrase.tense === 'future' }).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    value: chronoValue(r.start, r.end ?? null),
  }))
}

/** The readings that concern the row's expression (all of them without `find`). */
function concerned(phrase: NewsPhrase, readings: readonly Reading[]): Reading[] {
  if (!phrase.find) return [...readings]
  const at = phrase.text.indexOf(phrase.find)
  const end = at + phrase.find.length
  return readings.filter((r) => r.start < end && r.end > at)
}

/**
 * Whether a reading of the row is right: some expression gives the expected
 * interval (and granularity, when asked); for negative rows, nothing found.
 */
export function isRight(phrase: NewsPhrase, readings: readonly Reading[], withGranularity: boolean): boolean {
  const want = expectedOf(phrase)
  if (!want) return readings.length === 0
  return concerned(phrase, readings).some(
    (r) => r.value !== null && r.value.start === want[0] && r.value.end === want[1] && (!withGranularity || r.value.granularity === phrase.granularity),
  )
}
