import type { Granularity, TimeInterval } from '../model/types.js'

/**
 * Day arithmetic on proleptic Gregorian days counted from 1970-01-01 (UTC).
 * Integer day numbers keep comparisons and offsets cheap and exact.
 */
const MS_PER_DAY = 86_400_000

/** The day number of a calendar date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0)
  d.setUTCFullYear(year, month - 1, day)
  d.setUTCHours(0, 0, 0, 0)
  return Math.round(d.getTime() / MS_PER_DAY)
}

/** [year, month, day] of a day number. */
export function ymdOf(day: number): [number, number, number] {
  const d = new Date(day * MS_PER_DAY)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]
}

/** ISO `YYYY-MM-DD` of a day number. */
export function isoOf(day: number): string {
  const [y, m, d] = ymdOf(day)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number of an ISO day, or null when it is not one. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  if (!iso) return null
  const m = ISO_DAY.exec(iso.slice(0, 10))
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

/** `[year, month]` shifted by `k` months. */
export function addMonths(year: number, month: number, k: number): [number, number] {
  const index = year * 12 + (month - 1) + k
  return [Math.floor(index / 12), (index % 12) + 1]
}

/** The same calendar day shifted by `k` years or months (clamped to month end). */
export function shiftDay(day: number, years: number, months = 0): number {
  const [y, m, d] = ymdOf(day)
  const [ny, nm] = addMonths(y + years, m, months)
  return dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm)))
}

/** An interval between two day numbers (inclusive). */
export function between(start: number, end: number, granularity: Granularity): TimeInterval {
  return { start: isoOf(start), end: isoOf(end), granularity }
}

export function dayInterval(year: number, month: number, day: number): TimeInterval | null {
  if (!isValidDate(year, month, day)) return null
  const n = dayNumber(year, month, day)
  return between(n, n, 'day')
}

/** Months `m1`..`m2` of a year (`m2` may run into the next year when smaller). */
export function monthsInterval(year: number, m1: number, m2 = m1, granularity: Granularity = 'month'): TimeInterval {
  const endYear = m2 < m1 ? year + 1 : year
  return between(dayNumber(year, m1, 1), dayNumber(endYear, m2, daysInMonth(endYear, m2)), granularity)
}

export function yearsInterval(y1: number, y2 = y1, granularity: Granularity = 'year'): TimeInterval {
  return between(dayNumber(y1, 1, 1), dayNumber(y2, 12, 31), granularity)
}

/** Day number of an interval's first and last day. */
export function bounds(value: TimeInterval): [number, number] {
  return [parseIsoDay(value.start)!, parseIsoDay(value.end)!]
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7
}
