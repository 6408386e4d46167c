/**
 * Time phrases in the formats public writing uses (see row.ts for the
 * sources read), each with the interval and granularity a careful reader
 * gives it against its reference day. Run by news-table.test.ts against
 * `resolveTimeText` (the path of `dyad time`), and by bench/time-accuracy.ts
 * against Dyad and chrono-node side by side.
 */
import type { NewsPhrase } from './row.js'
import { FULL_DATES, MONTHS_OF_YEAR, YEARS_AND_DECADES } from './absolute.js'
import { NUMERIC_DATES } from './numeric.js'
import { DAY_RANGES, MONTH_AND_YEAR_RANGES } from './ranges.js'
import { NEWS_WEEKDAYS, WEEKDAY_OF_WEEK } from './weekdays.js'
import { AROUND_THE_REFERENCE, UNITS_AGO } from './relative.js'
import { ANNIVERSARIES, FIRST_MONTHS, FISCAL, QUARTERS_AND_HALVES, SINCE_AND_PAST } from './periods.js'
import { NEGATIVE } from './negative.js'

export type { NewsPhrase } from './row.js'

/** The table by kind of expression (the bench reports each). */
export const NEWS_GROUPS: Readonly<Record<string, readonly NewsPhrase[]>> = {
  'full dates': FULL_DATES,
  'month of year': MONTHS_OF_YEAR,
  'years, decades': YEARS_AND_DECADES,
  'numeric dates': NUMERIC_DATES,
  'day ranges': DAY_RANGES,
  'month, year ranges': MONTH_AND_YEAR_RANGES,
  'news weekdays': NEWS_WEEKDAYS,
  'weekday of a week': WEEKDAY_OF_WEEK,
  'N units ago': UNITS_AGO,
  'around the reference': AROUND_THE_REFERENCE,
  'fiscal periods': FISCAL,
  'quarters, halves': QUARTERS_AND_HALVES,
  'first months': FIRST_MONTHS,
  'since, over the past': SINCE_AND_PAST,
  anniversaries: ANNIVERSARIES,
  negative: NEGATIVE,
}

export const NEWS_PHRASES: readonly NewsPhrase[] = Object.values(NEWS_GROUPS).flat()

function dayOfShort(short: string, end: boolean): string {
  const [y, m, d] = short.split('-').map(Number)
  if (d) return short
  const month = m || (end ? 12 : 1)
  const day = end ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The expected [start, end] of a phrase, or null when nothing is to be found. */
export function expectedOf(phrase: NewsPhrase): [string, string] | null {
  const e = phrase.expect
  if (e === null) return null
  const [a, b] = typeof e === 'string' ? [e, e] : e
  return [dayOfShort(a, false), dayOfShort(b, true)]
}

/** A readable test name for a row. */
export function labelOf(phrase: NewsPhrase): string {
  const opts = [phrase.tense, phrase.dayFirst ? 'day first' : '', phrase.find ? `[${phrase.find}]` : ''].filter(Boolean).join(' ')
  return `${phrase.text} @ ${phrase.ref ?? 'no reference'}${opts ? ` (${opts})` : ''}`
}
