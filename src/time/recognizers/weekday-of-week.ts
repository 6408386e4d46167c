import { between, parseIsoDay, weekdayOf } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { WEEKDAY, weekdayIndex } from '../words.js'
import { timeRecognizer } from './define.js'

// "Friday of next week", "Monday last week", "next week Tuesday", "the Friday after next".
// chrono-node reads "Monday of last week" as the Monday of this week.
const PATTERN = new RegExp(
  `\\b(?<t>(?<w1>${WEEKDAY})\\s+(?:of\\s+)?(?<r1>next|last|this)\\s+week|(?<r2>next|last|this)\\s+week\\s+(?:on\\s+)?(?<w2>${WEEKDAY})|the\\s+(?<w3>${WEEKDAY})\\s+after\\s+next)\\b`,
  'dgi',
)
const WEEKS: Record<string, number> = { last: -1, this: 0, next: 1 }

/** A weekday of the week before, of, or after the reference's (weeks start on Monday). */
export const weekdayOfWeek = timeRecognizer('weekday-of-week', PATTERN, (match) => {
  const g = match.groups!
  const weekday = weekdayIndex(g.w1 ?? g.w2 ?? g.w3)
  const afterNext = g.w3 !== undefined
  const weeks = afterNext ? 0 : WEEKS[(g.r1 ?? g.r2).toLowerCase()]
  return fromMatch(match, 'time:weekday-of-week', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    const monday = ref - weekdayOf(ref)
    // "The Friday after next": the one after the next one to come.
    const day = afterNext ? ref + ((weekday - weekdayOf(ref) + 7) % 7 || 7) + 7 : monday + 7 * weeks + weekday
    return between(day, day, 'day')
  })
})
