import type { Granularity, TimeInterval } from '../model/types.js'

/**
 * Day arithmetic on proleptic Gregorian days counted from 1970-01-01 (UTC).
 * Integer day numbers keep comparisons and offsets cheap and exact.
 */
const MS_PER_DAY = 86_400_000

// Day numbers are computed, not read from a Date: these run for every time
// mention and every bound of the dating rules, and a Date per call was a
// visible share of the time stage. Same answers as the Date they replace
// (test/time/calendar.test.ts compares them), even out of range: months past
// 12 roll into years, days past a month's end into the next month, and past
// what a Date can hold (100,000,000 days from 1970) the answer is NaN.
const MAX_DAYS = 100_000_000

/** The day number of a calendar date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  // Date's MakeDay: the integer parts; month 13 is January of the next year.
  const [y, m, d] = [Math.trunc(year), Math.trunc(month) - 1, Math.trunc(day)]
  if (!Number.isFinite(y + m + d)) return NaN
  const n = daysFromCivil(y + Math.floor(m / 12), (((m % 12) + 12) % 12) + 1, 1) + d - 1
  return Math.abs(n) > MAX_DAYS ? NaN : n
}

/** [year, month, day] of a day number. */
export function ymdOf(day: number): [number, number, number] {
  // A Date's time value: milliseconds cut to an integer, NaN past its range.
  const ms = Math.trunc(day * MS_PER_DAY)
  if (!(Math.abs(ms) <= MAX_DAYS * MS_PER_DAY)) return [NaN, NaN, NaN]
  return civilFromDays(Math.floor(ms / MS_PER_DAY))
}

// Howard Hinnant's days_from_civil and civil_from_days: the proleptic
// Gregorian calendar in 400-year eras of 146,097 days, March first.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const month = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1]
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
