import { between, dayNumber, daysInMonth, monthsInterval, parseIsoDay, ymdOf } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "the end of the year", "the beginning of the month", "the rest of the year":
// "the year" here is the reference's own.
const PATTERN = /\b(?<t>(?:the\s+)?(?<w>end|beginning|start|close|rest|remainder)\s+of\s+(?:the|this)\s+(?<u>year|month))\b/dgi

/** Edges of the current year or month. */
export const edgeOfCurrent = timeRecognizer('edge-of-current', PATTERN, (match) => {
  const g = match.groups!
  const w = g.w.toLowerCase()
  const year = g.u.toLowerCase() === 'year'
  return fromMatch(match, 'time:edge-of-current', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    const [y, m] = ymdOf(ref)
    const first = year ? dayNumber(y, 1, 1) : dayNumber(y, m, 1)
    const last = year ? dayNumber(y, 12, 31) : dayNumber(y, m, daysInMonth(y, m))
    if (w === 'rest' || w === 'remainder') return between(ref, last, 'range')
    if (w === 'end' || w === 'close') return year ? monthsInterval(y, 12) : between(last, last, 'day')
    return year ? monthsInterval(y, 1) : between(first, first, 'day')
  })
})
