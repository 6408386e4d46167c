/**
 * Time phrases with the interval a careful reader gives them, written for
 * Dyad's tests and benchmark. Each row: the text, the reference day (null:
 * undated), the expected interval in short form (`YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`, or a [from, to] pair of those), and options. `null` expects
 * nothing at all (negative cases); `'unanchored'` expects an expression
 * found but left without a value.
 */
import type { Phrase } from './phrase-helpers.js'
import { ABSOLUTE, MONTHS, YEARS } from './phrases-dates.js'
import { AS_OF, NEGATIVE, RELATIVE } from './phrases-relative.js'
import { COUNTED, HOLIDAYS, REPORTED, WEEKS } from './phrases-calendar.js'

export type { Phrase } from './phrase-helpers.js'

export const PHRASES: readonly Phrase[] = [
  ...ABSOLUTE,
  ...MONTHS,
  ...YEARS,
  ...RELATIVE,
  ...AS_OF,
  ...NEGATIVE,
  ...WEEKS,
  ...COUNTED,
  ...REPORTED,
  ...HOLIDAYS,
]

/** Expand a short form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) to its first or last day. */
export function dayOfShort(short: string, end: boolean): string {
  const [y, m, d] = short.split('-').map(Number)
  if (d) return short
  const month = m || (end ? 12 : 1)
  const day = end ? new Date(Date.UTC(y, month, 0)).getUTCDate() : 1
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The expected [start, end] of a phrase, or null. */
export function expectedInterval(phrase: Phrase): [string, string] | null {
  const e = phrase.expect
  if (e === null || e === 'unanchored') return null
  const [a, b] = typeof e === 'string' ? [e, e] : e
  return [dayOfShort(a, false), dayOfShort(b, true)]
}
