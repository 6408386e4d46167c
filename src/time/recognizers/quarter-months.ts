import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { yearForPeriod } from '../anchor-rules.js'
import { MONTH, YEAR, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the April-June quarter", "the July-September quarter of 2024": chrono-node reads the months, not the quarter.
const PATTERN = new RegExp(
  `\\b(?<t>(?:the\\s+)?(?<m1>${MONTH})\\s*[-‐‑‒–—−]\\s*(?<m2>${MONTH})\\s+quarter(?:\\s+of\\s+(?<y>${YEAR})(?!\\d))?)(?![\\w-])`,
  'dgi',
)

/** A calendar quarter named by its first and last month. */
export const quarterMonths = timeRecognizer('quarter-months', PATTERN, (match) => {
  const g = match.groups!
  const m1 = monthOf(g.m1)
  if (monthOf(g.m2) !== m1 + 2 || (m1 - 1) % 3 !== 0) return null
  if (g.y) {
    const value = monthsInterval(Number(g.y), m1, m1 + 2, 'quarter')
    return fromMatch(match, 'time:quarter', 'none', () => value, { period: true })
  }
  return fromMatch(
    match,
    'time:quarter',
    'year',
    (anchor) => {
      const y = yearForPeriod(anchor, m1, m1 + 2)
      return y === null ? null : monthsInterval(y, m1, m1 + 2, 'quarter')
    },
    { period: true },
  )
})
