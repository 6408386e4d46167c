/**
 * Word lists shared by the time recognizers, as regular-expression sources
 * (compiled once by each recognizer at module level) and their parsers.
 */

import { NUMBER_WORDS } from '../util/number-words.js'

/** Full and abbreviated month names; capitalized, as English writes them. */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?)'

/** Full month names only (for bare months, where "Mar" or "Jan" could be a name). */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)'

const MONTH_INDEX: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}

/** 1-12 for a month name or abbreviation. */
export function monthOf(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()]
}

export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'
/** Abbreviations that are no other word or name ("Tues", "Thurs."). */
export const WEEKDAY_ABBR = '(?:Tues|Thurs?|Fri)(?![a-z])\\.?'
/**
 * Abbreviations that are also words or names ("Sun", "Sat", "Wed", "Mon", and "Thu", "Tue" in
 * Vietnamese and Nordic names): taken only after "on", "last", "next" or before a date.
 */
export const WEEKDAY_ABBR_AMBIGUOUS = '(?:Mon|Tue|Wed|Thu|Sat|Sun)(?![a-z])\\.?'
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']

/** 0 = Monday ... 6 = Sunday, for a full name or an abbreviation ("Thurs."); -1 otherwise. */
export function weekdayIndex(name: string): number {
  return WEEKDAYS.indexOf(name.slice(0, 3).toLowerCase())
}

/** A day of the month: 1-31 with an optional ordinal suffix. */
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?'

/** A plausible calendar year (the span news writes about). */
export const YEAR = '(?:1[6-9]\\d\\d|20\\d\\d|2100)'

// The number words (util/number-words.ts) and the article read as one ("a week", "an hour").
const SMALL: Readonly<Record<string, number>> = { a: 1, an: 1, ...NUMBER_WORDS }

/** A count in digits or words ("74", "five", "twenty-five"). */
export const COUNT =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a|an|hundred)'

/** The value of a COUNT match, or NaN. */
export function countOf(text: string): number {
  const t = text.toLowerCase()
  if (/^\d+$/.test(t)) return Number(t)
  const [tens, unit] = t.split('-')
  if (unit) return (SMALL[tens] ?? NaN) + (SMALL[unit] ?? NaN)
  return SMALL[t] ?? NaN
}

/** Ordinals for quarters, halves and "the first N months". */
export const ORDINAL = '(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)'

export function ordinalOf(text: string): number {
  const t = text.toLowerCase()
  const table: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 }
  return table[t] ?? -1 // -1: the last one ("last", "final")
}

/** Calendar units for relative expressions. */
export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade'

export function unitOf(text: string): Unit {
  const t = text.toLowerCase().replace(/s$/, '')
  if (t === 'decade') return 'decade'
  if (t === 'year') return 'year'
  if (t === 'month') return 'month'
  if (t === 'week') return 'week'
  return 'day'
}

/** Parse a day of the month ("5th" -> 5). */
export function dayOf(text: string): number {
  return parseInt(text, 10)
}
