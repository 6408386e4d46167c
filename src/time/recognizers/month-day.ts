import { dayInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { yearFor } from '../anchor-rules.js'
import { DAY, MONTH, WEEKDAY, YEAR, dayOf, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "January 18, 1950", "Monday, October 31, 2022", "Oct. 28", "November 5th".
const PATTERN = new RegExp(
  `\\b(?<t>(?:(?<wd>${WEEKDAY}),?\\s+)?(?<m>${MONTH})\\s*(?<d>${DAY})(?![\\d:]|\\s?(?:%|per\\s?cent|percent))(?:(?:,\\s*|\\s+)(?<y>${YEAR})(?!\\d))?)`,
  'dg',
)

/** Month-day dates, with or without weekday and year. */
export const monthDay = timeRecognizer('month-day', PATTERN, (match) => {
  const g = match.groups!
  const d = dayOf(g.d)
  const m = monthOf(g.m)
  if (g.y) {
    const value = dayInterval(Number(g.y), m, d)
    return value ? fromMatch(match, 'time:month-day', 'none', () => value) : null
  }
  return fromMatch(match, 'time:month-day', 'year', (anchor) => {
    const y = yearFor(anchor, m, d)
    return y === null ? null : dayInterval(y, m, d)
  })
})
