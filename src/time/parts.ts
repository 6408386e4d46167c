import type { TimeInterval } from '../model/types.js'
import { between, dayNumber, daysInMonth, monthsInterval, yearsInterval } from './calendar.js'

/** "early", "mid", "late" (and "end"): a third of a month or a year. */
export type Part = 'early' | 'mid' | 'late' | 'end' | null

export function partOf(word: string | undefined): Part {
  if (!word) return null
  const w = word.toLowerCase()
  if (w.startsWith('early') || w.startsWith('beginning') || w.startsWith('start')) return 'early'
  if (w.startsWith('mid') || w.startsWith('middle')) return 'mid'
  if (w.startsWith('late')) return 'late'
  if (w.startsWith('end')) return 'end'
  return null
}

/** A whole month, or its first/middle/last ten days ("late October": 21-31). */
export function monthPart(year: number, month: number, part: Part): TimeInterval {
  if (!part) return monthsInterval(year, month)
  const last = daysInMonth(year, month)
  if (part === 'end') return between(dayNumber(year, month, last), dayNumber(year, month, last), 'day')
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last]
  return between(dayNumber(year, month, from), dayNumber(year, month, to), 'range')
}

/** A whole year, or its first/middle/last four months ("late 2021": September-December). */
export function yearPart(year: number, part: Part): TimeInterval {
  if (!part) return yearsInterval(year)
  if (part === 'end') return monthsInterval(year, 12)
  const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12]
  return monthsInterval(year, from, to, 'range')
}

/** Offset in years of "this", "last", "next", "the current", "the previous" year. */
export function relativeYear(word: string | undefined): number | null {
  if (word === undefined) return null
  const w = word.toLowerCase().replace(/\s+/g, ' ')
  if (w === 'this' || w === 'the current' || w === 'the' || w === 'current') return 0
  if (w === 'last' || w === 'the previous' || w === 'previous' || w === 'past') return -1
  if (w === 'next' || w === 'the coming' || w === 'coming') return 1
  return null
}

/** Regex source for "of 2024", "of this year", "this year", "2024" after a period name. */
export const YEAR_SUFFIX_SOURCE = (year: string): string =>
  `(?:(?:\\s+of|,)?\\s+(?<y>${year})(?!\\d)|\\s+(?:of\\s+)?(?<rel>this|last|next|the\\s+current|the\\s+previous|the)\\s+year\\b)?`
