import { between, parseIsoDay } from '../calendar.js'
import { fromMatch, type TimeCandidate } from '../candidate.js'
import { weekdayDay, writtenFrom } from '../anchor-rules.js'
import { WEEKDAY, weekdayIndex } from '../words.js'
import { timeRecognizer } from './define.js'

// "on Monday", "last Tuesday", "next Friday", "this Wednesday", "Monday evening",
// "on a recent Wednesday" (before the reference day, like "last").
const PATTERN = new RegExp(
  `\\b(?<t>(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\\s+past|\\s+coming)?|[Cc]oming|(?:[Aa]\\s+)?recent)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?)\\b(?!['’]s\\s+(?:Child))`,
  'dg',
)

/**
 * A weekday: in a past (or unmarked) clause the latest one on or before the
 * reference, in a future clause the first one on or after it ("next" Monday:
 * after it).
 */
export const weekday = timeRecognizer('weekday', PATTERN, (match) => weekdayCandidate(match, match.groups!.wd, match.groups!.rel))

/** The candidate for a weekday match (full name or abbreviation), with its "last"/"next"/"this". */
export function weekdayCandidate(match: RegExpExecArray, name: string, relWord: string | undefined): TimeCandidate | null {
  const wd = weekdayIndex(name)
  if (wd < 0) return null
  const rel = relWord?.toLowerCase().replace(/\s+/g, ' ')
  return fromMatch(match, 'time:weekday', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    const mode =
      rel === 'last' || rel === 'this past' || rel?.endsWith('recent')
        ? 'last'
        : rel === 'next' || rel === 'coming' || rel === 'this coming'
          ? 'next'
          : rel === 'this'
            ? 'this'
            : anchor.tense
    // A weekday announced in an undated text comes after the earliest day it can have been written.
    const base = mode === 'future' ? writtenFrom(anchor, ref) : ref
    // On a known day, a plan "on Monday" in Monday's news is that day (wires
    // name today's weekday too); from an inferred window's first day, whose
    // weekday is a reported fact's, the next one.
    const day = weekdayDay(base, wd, mode, anchor.earliest == null)
    return between(day, day, 'day')
  })
}
