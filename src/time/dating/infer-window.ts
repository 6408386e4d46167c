import type { Diagnostic, Sentence } from '../../model/types.js'
import { isoOf } from '../calendar.js'
import type { Tense, TimeCandidate } from '../candidate.js'
import { boundsOf, yearOfDay, type Bound } from './evidence.js'
import { weekdayYear } from './weekday-year.js'

/** A publication window read from the content, with its reasoning. */
export interface InferredWindow {
  readonly start: number
  readonly end: number
  /** The year that year-less dates ("October 30") were read in. */
  readonly year: number
  /** The earliest day the text announces as still to come in words that state its year, if any: the text was written before it. */
  readonly upcoming: number | null
  readonly reason: string
}

/** How far before the earliest upcoming event a preview is assumed written, when nothing bounds it below. */
const PREVIEW_DAYS = 7
/** How long after its latest fact a report is assumed written, when nothing bounds it above. */
const REPORT_DAYS = 6

/**
 * Infer when an undated text was written from what it reports as done and
 * what as still to come. In two passes:
 * 1. Expressions that state their year give bounds; the document year is
 *    the year of the latest strong lower bound (else of the earliest upper
 *    bound, else of the latest weak one).
 * 2. Year-less dates are read in that year (the next one when an upcoming
 *    date would fall before a fact already reported; the previous one when
 *    a past date would fall after an upcoming event), and add their bounds.
 * The window runs from the latest lower bound to the earliest upper bound
 * not before it. Weak bounds count only when consistent with the strong ones.
 */
export function inferWindow(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly TimeCandidate[],
  tenses: readonly Tense[],
  /** The year to read year-less dates in when no expression states one (lent by the documents of the pair). */
  lentYear: number | null = null,
  /** The year to read them in whatever the text states (the one year its weekdays allow in the period of its titles). */
  forcedYear: number | null = null,
): InferredWindow | null {
  const explicit = boundsOf(text, sentences, candidates, tenses, (c) => (c.needs === 'none' ? null : undefined))
  const strongLower = maxDay(explicit.filter((b) => b.side === 'lower' && b.strong))
  const upper = minDay(explicit.filter((b) => b.side === 'upper'))
  const weakLower = maxDay(explicit.filter((b) => b.side === 'lower' && !b.strong && (upper === null || b.day <= upper.day)))
  const yearFrom = strongLower ?? upper ?? weakLower
  const factYear = forcedYear ?? (yearFrom ? yearOfDay(yearFrom.day) : lentYear)
  // A weekday told with a year-less date ("Tuesday, June 3") names the year
  // better than a single mention of a past year does: the first later year
  // where they agree.
  const paired = factYear === null ? [] : candidates.filter((c) => c.needs === 'year').map((c) => ({ c, y: weekdayYear(text, c, factYear) }))
  const moved = forcedYear === null ? paired.find((p) => p.y > factYear!) : undefined
  const year = moved ? moved.y : factYear

  const all: Bound[] = [...explicit]
  if (year !== null) {
    const lowDay = strongLower?.day ?? -Infinity
    const highDay = upper?.day ?? Infinity
    const yearless = boundsOf(text, sentences, candidates, tenses, (c) => (c.needs === 'year' ? year : undefined))
    // Only the dates that contradict the bounds are read again in the next or previous year.
    const forward = new Set(yearless.filter((b) => b.side === 'upper' && b.day < lowDay).map((b) => b.span.start))
    const backward = new Set(yearless.filter((b) => b.side === 'lower' && b.strong && b.day > highDay).map((b) => b.span.start))
    const reread = (set: Set<number>, y: number) =>
      set.size === 0 ? [] : boundsOf(text, sentences, candidates, tenses, (c) => (set.has(c.span.start) ? y : undefined))
    const next = new Map(reread(forward, year + 1).map((b) => [b.span.start, b]))
    const prev = new Map(reread(backward, year - 1).map((b) => [b.span.start, b]))
    for (const b of yearless) {
      const later = next.get(b.span.start)
      const sooner = prev.get(b.span.start)
      if (b.side === 'upper' && b.day < lowDay && later) all.push(later)
      else if (b.side === 'lower' && b.strong && b.day > highDay && sooner) all.push(sooner)
      else all.push(b)
    }
  }

  const lowerStrong = maxDay(all.filter((b) => b.side === 'lower' && b.strong))
  const uppers = all.filter((b) => b.side === 'upper' && (lowerStrong === null || b.day >= lowerStrong.day))
  const up = minDay(uppers)
  const weak = lowerStrong === null || up !== null ? maxDay(all.filter((b) => b.side === 'lower' && !b.strong && (up === null || b.day <= up.day))) : null
  const low = [lowerStrong, weak].filter((b): b is Bound => b !== null).sort((a, b) => b.day - a.day)[0] ?? null
  if (!low && !up) return null
  // An upcoming year ("will meet in 2025") caps the window but says little about where in it the
  // text was written; only an upcoming day or month marks its end.
  // A coarse fact (a year's figure, "2022") says little about when a preview
  // of a dated event was written: the week before the event, as with none.
  const coarseLow = low !== null && !low.fine && up !== null && up.fine && up.day - PREVIEW_DAYS > low.day
  const start = low && !coarseLow ? low.day : up!.day - PREVIEW_DAYS
  const end = up && (up.fine || !low) ? up.day : Math.min(low!.last + REPORT_DAYS, up?.day ?? Infinity)
  const parts: string[] = []
  if (coarseLow)
    parts.push(
      `not before ${isoOf(low!.day)}: "${low!.text}" (${low!.why}), a coarse fact: assumed written within ${PREVIEW_DAYS} days before the upcoming event`,
    )
  else if (low) parts.push(`not before ${isoOf(low.day)}: "${low.text}" (${low.why})`)
  else parts.push(`nothing reported as past; assumed written within ${PREVIEW_DAYS} days before the upcoming event`)
  if (up && (up.fine || !low)) parts.push(`not after ${isoOf(up.day)}: "${up.text}" (upcoming)`)
  else if (up) parts.push(`assumed written within ${REPORT_DAYS} days after the latest fact (only a year is announced: "${up.text}")`)
  else parts.push(`nothing reported as upcoming; assumed written within ${REPORT_DAYS} days after the latest fact`)
  const dropped = all.filter((b) => b.side === 'upper' && lowerStrong && b.day < lowerStrong.day).length
  if (dropped) parts.push(`${dropped} upcoming date(s) before a reported fact ignored`)
  const given = yearFrom ? `"${yearFrom.text}" alone gave` : 'the year lent was'
  if (forcedYear !== null)
    parts.push(`year-less dates read in ${year}, the one year in the period of its titles where each falls on the weekday the text gives it`)
  else if (moved)
    parts.push(`year-less dates read in ${year} (the year in which "${moved.c.text}" falls on the weekday the text gives it; ${given} ${factYear})`)
  else if (yearFrom) parts.push(`year-less dates read in ${year} (from "${yearFrom.text}")`)
  else if (lentYear !== null) parts.push(`year-less dates read in ${year}, the year lent`)
  return { start, end: Math.max(start, end), year: year ?? yearOfDay(start), upcoming: upper?.day ?? null, reason: parts.join('; ') }
}

function maxDay(list: readonly Bound[]): Bound | null {
  return list.reduce<Bound | null>((best, b) => (best === null || b.day > best.day ? b : best), null)
}

function minDay(list: readonly Bound[]): Bound | null {
  return list.reduce<Bound | null>((best, b) => (best === null || b.day < best.day ? b : best), null)
}

/** The inference as a diagnostic (rule `time:dating`, info). */
export function datingDiagnostic(reason: string): Diagnostic {
  return { reason, ruleId: 'time:dating', severity: 'info' }
}
