import { addMonths, between, monthsInterval, parseIsoDay, weekdayOf, ymdOf, yearsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { COUNT, MONTH_FULL, countOf, monthOf, unitOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "five years ago", "a year ago", "two months ago", "Five years ago in November",
// "November five years ago".
const PATTERN = new RegExp(
  `\\b(?<t>(?:(?<m0>${MONTH_FULL}),?\\s+)?(?<n>${COUNT})\\s+(?<u>years?|months?|weeks?|days?|decades?)\\s+ago(?:,?\\s+in\\s+(?<m>${MONTH_FULL}))?)\\b`,
  'dgi',
)

/** Points in the past counted back from the reference, at the unit's granularity. */
export const ago = timeRecognizer('ago', PATTERN, (match) => {
  const g = match.groups!
  const n = countOf(g.n)
  if (!(n >= 1)) return null
  const unit = unitOf(g.u)
  const monthName = g.m ?? g.m0
  return fromMatch(match, 'time:ago', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    const [y, m] = ymdOf(ref)
    if (unit === 'year' || unit === 'decade') {
      const back = unit === 'decade' ? 10 * n : n
      return monthName ? monthsInterval(y - back, monthOf(monthName)) : yearsInterval(y - back)
    }
    if (unit === 'month') {
      const [py, pm] = addMonths(y, m, -n)
      return monthsInterval(py, pm)
    }
    if (unit === 'week') {
      const monday = ref - 7 * n - weekdayOf(ref - 7 * n)
      return between(monday, monday + 6, 'week')
    }
    return between(ref - n, ref - n, 'day')
  })
})
