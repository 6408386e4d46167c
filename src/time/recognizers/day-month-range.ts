import { DAY, MONTH, YEAR, dayOf, monthOf } from '../words.js'
import { dayRangeCandidate } from './day-range.js'
import { timeRecognizer } from './define.js'

// "5-8 November 2024", "5 to 8 November", "8 to 10 of November", "30 October - 2 November 2022".
const PATTERN = new RegExp(
  `(?<![\\d.,$€£¥])(?<t>(?<d1>${DAY})(?:\\s+(?<m1>${MONTH}))?\\s*(?:[-‐‑‒–—−]|to|until|till|through)\\s*(?<d2>${DAY})(?:\\s+of)?\\s+(?<m2>${MONTH})(?:,?\\s+(?<y>${YEAR}))?)(?!\\d)`,
  'dg',
)

/** Ranges of days written day first. */
export const dayMonthRange = timeRecognizer('day-month-range', PATTERN, (match) => {
  const g = match.groups!
  const m2 = monthOf(g.m2)
  const m1 = g.m1 ? monthOf(g.m1) : m2
  return dayRangeCandidate(match, 'time:day-range', m1, dayOf(g.d1), m2, dayOf(g.d2))
})
