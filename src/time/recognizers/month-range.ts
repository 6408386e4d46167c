import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { monthsPeriod } from './months-period.js'
import { relativeYear } from '../parts.js'
import { MONTH, YEAR, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "January-August this year", "Jan-Aug 2022", "January to March 2023", "June-July".
const PATTERN = new RegExp(
  `\\b(?<t>(?<m1>${MONTH})\\s*(?:[-‐‑‒–—]|to|through|until)\\s*(?<m2>${MONTH})(?:,?\\s+(?<y>${YEAR})(?!\\d)|\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year\\b)?)(?![\\w-]|\\s*\\d)`,
  'dg',
)

/** A run of months within a year (or across its end). */
export const monthRange = timeRecognizer('month-range', PATTERN, (match) => {
  const g = match.groups!
  const m1 = monthOf(g.m1)
  const m2 = monthOf(g.m2)
  if (m1 === m2) return null
  if (g.y) {
    const y = Number(g.y)
    const value = m2 < m1 ? monthsInterval(y - 1, m1, m2) : monthsInterval(y, m1, m2)
    return fromMatch(match, 'time:month-range', 'none', () => value, { period: true })
  }
  // Unstated, the year is the start's (a range into the next year runs on past December).
  return monthsPeriod(match, 'time:month-range', { first: m1, last: m2, year: null, offset: relativeYear(g.rel) }, (y) => monthsInterval(y, m1, m2))
})
