import { yearFor } from '../anchor-rules.js'
import { dayInterval } from '../calendar.js'
import { fromMatch, type TimeCandidate } from '../candidate.js'

/**
 * A day of the calendar a match names: in the year it states (none when
 * that year has no such day), or else in the year the anchor gives it.
 */
export function calendarDay(match: RegExpExecArray, ruleId: string, month: number, day: number, year: string | undefined): TimeCandidate | null {
  if (year) {
    const value = dayInterval(Number(year), month, day)
    return value ? fromMatch(match, ruleId, 'none', () => value) : null
  }
  return fromMatch(match, ruleId, 'year', (anchor) => {
    const y = yearFor(anchor, month, day)
    return y === null ? null : dayInterval(y, month, day)
  })
}
