import { between, dayNumber, isValidDate } from '../calendar.js'
import { fromMatch, type Anchor } from '../candidate.js'
import { yearFor } from '../anchor-rules.js'
import type { TimeInterval } from '../../model/types.js'

/**
 * A range of days `d1 m1 - d2 m2`, the year stated or anchored on its first
 * day; a range that runs past December ends in the next year.
 */
export function dayRange(m1: number, d1: number, m2: number, d2: number, statedYear: number | null) {
  return (anchor: Anchor): TimeInterval | null => {
    const wraps = m2 < m1
    let y1: number | null
    if (statedYear !== null) y1 = wraps ? statedYear - 1 : statedYear
    else y1 = yearFor(anchor, m1, d1)
    if (y1 === null) return null
    const y2 = wraps ? y1 + 1 : y1
    if (!isValidDate(y1, m1, d1) || !isValidDate(y2, m2, d2)) return null
    const start = dayNumber(y1, m1, d1)
    const end = dayNumber(y2, m2, d2)
    return end > start && end - start <= 366 ? between(start, end, 'day') : null
  }
}

/** Candidate for a day range found by a pattern with groups m1 d1 m2 d2 y. */
export function dayRangeCandidate(match: RegExpExecArray, ruleId: string, m1: number, d1: number, m2: number, d2: number) {
  const y = match.groups!.y ? Number(match.groups!.y) : null
  if (m1 === m2 && d2 <= d1) return null
  const resolve = dayRange(m1, d1, m2, d2, y)
  return fromMatch(match, ruleId, y === null ? 'year' : 'none', resolve)
}
