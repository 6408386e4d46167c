import { addMonths, dayNumber, daysInMonth, parseIsoDay, shiftDay, weekdayOf, ymdOf } from './calendar.js'
import type { Anchor, Tense } from './candidate.js'

/** Days either side of the reference within which an unmarked day-month is read in the nearest year. */
const HALF_YEAR = 183

/**
 * The year of a year-less month or day. An imposed year wins (document year,
 * other end of a range). Otherwise, relative to the reference: in a past
 * clause the latest occurrence on or before it, in a future clause the first
 * on or after it; unmarked, a day is read in the nearest year and a bare
 * month in the reference year. Null when there is nothing to anchor to.
 */
export function yearFor(anchor: Anchor, month: number, day?: number): number | null {
  if (anchor.year !== null) return anchor.year
  const ref = parseIsoDay(anchor.reference)
  if (ref === null) return null
  const [ry, rm, rd] = ymdOf(ref)
  const later = month > rm || (month === rm && day !== undefined && day > rd)
  const earlier = month < rm || (month === rm && day !== undefined && day < rd)
  if (anchor.tense === 'past') return later ? ry - 1 : ry
  if (anchor.tense === 'future') {
    const from = parseIsoDay(anchor.earliest)
    if (from !== null && from < ref) return yearFor({ ...anchor, reference: anchor.earliest!, earliest: null }, month, day)
    return earlier ? ry + 1 : ry
  }
  if (day === undefined) return ry
  const here = dayNumber(ry, month, Math.min(day, daysInMonth(ry, month)))
  if (here - ref > HALF_YEAR) return ry - 1
  if (ref - here > HALF_YEAR) return ry + 1
  return ry
}

/**
 * The first day the text can have been written: the inferred window's first
 * day when the text is dated by a window ending on the reference `ref`, else
 * `ref` itself.
 */
export function writtenFrom(anchor: Anchor, ref: number): number {
  const earliest = parseIsoDay(anchor.earliest)
  return earliest !== null && earliest < ref ? earliest : ref
}

/** The reference as [year, month, day], or null. */
export function referenceYmd(anchor: Anchor): [number, number, number] | null {
  const ref = parseIsoDay(anchor.reference)
  return ref === null ? null : ymdOf(ref)
}

/** The reference year, or an imposed year when there is no reference. */
export function currentYear(anchor: Anchor): number | null {
  const r = referenceYmd(anchor)
  return r ? r[0] : anchor.year
}

/**
 * A weekday relative to the reference. `past` (and unmarked: news reports
 * mostly what happened): the latest one on or before the reference;
 * `future`: the first one after it; `last`/`next`: strictly before/after;
 * `this`: the one in the reference's week.
 */
export function weekdayDay(reference: number, weekday: number, mode: Tense | 'last' | 'next' | 'this', sameDay = false): number {
  const today = weekdayOf(reference)
  if (mode === 'this') return reference - today + weekday
  if (mode === 'future' || mode === 'next') {
    const diff = (weekday - today + 7) % 7
    return reference + (diff === 0 && (mode === 'next' || !sameDay) ? 7 : diff)
  }
  const diff = (today - weekday + 7) % 7
  return reference - (mode === 'last' && diff === 0 ? 7 : diff)
}

/**
 * The year of a period that is named without one ("the third quarter", "the
 * first eight months", "the first half"), given its first and last month.
 * Past and unmarked: the latest one whose last month has come by the
 * reference (figures are reported for periods that are over, or closing);
 * future: the next one not yet over.
 */
export function yearForPeriod(anchor: Anchor, firstMonth: number, lastMonth: number): number | null {
  if (anchor.year !== null) return anchor.year
  const r = referenceYmd(anchor)
  if (!r) return null
  const [ry, rm] = r
  if (anchor.tense === 'future') return lastMonth < rm ? ry + 1 : ry
  return lastMonth > rm || firstMonth > rm ? ry - 1 : ry
}

/** `[year, month]` `k` months from the reference month. */
export function monthFromReference(r: [number, number, number], k: number): [number, number] {
  return addMonths(r[0], r[1], k)
}

/** The reference day shifted by whole units (for "five years ago", "the past 74 years"). */
export function shiftReference(ref: number, unit: 'day' | 'week' | 'month' | 'year' | 'decade', n: number): number {
  if (unit === 'day') return ref + n
  if (unit === 'week') return ref + 7 * n
  if (unit === 'month') return shiftDay(ref, 0, n)
  if (unit === 'decade') return shiftDay(ref, 10 * n)
  return shiftDay(ref, n)
}
