import { dayInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { DAY, MONTH, YEAR, dayOf, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "2017-December-13", "2017 Dec 13", "2024/Feb/10": year first, month by name.
const PATTERN = new RegExp(`(?<![\\w.,/-])(?<t>(?<y>${YEAR})[-/ ](?<m>${MONTH})[-/ ](?<d>${DAY}))(?![\\d])`, 'dg')

/** Year-first dates with a month name. */
export const yearMonthDay = timeRecognizer('year-month-day', PATTERN, (match) => {
  const g = match.groups!
  const value = dayInterval(Number(g.y), monthOf(g.m), dayOf(g.d))
  return value ? fromMatch(match, 'time:year-month-day', 'none', () => value) : null
})
