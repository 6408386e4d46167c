import { dayInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { yearFor } from '../anchor-rules.js'
import { DAY, MONTH, WEEKDAY, YEAR, dayOf, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "18 January 1950", "Tuesday (25 February)", "01-Nov-2022", "the 5th of November".
const PATTERN = new RegExp(
  `(?<![\\d.,])(?<t>(?:(?<wd>${WEEKDAY}),?\\s*(?:\\(\\s*)?)?(?:the\\s+)?(?<d>${DAY})(?:\\s+of)?(?:\\s+|-)(?<m>${MONTH})(?:(?:,?\\s+|-)(?<y>${YEAR}))?)(?![\\d])`,
  'dg',
)

/** Day-month dates, with or without weekday and year. */
export const dayMonth = timeRecognizer('day-month', PATTERN, (match) => {
  const g = match.groups!
  const d = dayOf(g.d)
  const m = monthOf(g.m)
  if (g.y) {
    const value = dayInterval(Number(g.y), m, d)
    return value ? fromMatch(match, 'time:day-month', 'none', () => value) : null
  }
  if (d > 31) return null
  return fromMatch(match, 'time:day-month', 'year', (anchor) => {
    const y = yearFor(anchor, m, d)
    return y === null ? null : dayInterval(y, m, d)
  })
})
