import { DAY, MONTH, YEAR, dayOf, monthOf } from '../words.js'
import { dayRangeCandidate } from './day-range.js'
import { timeRecognizer } from './define.js'

// "November 5-8, 2024", "Nov. 5-8", "October 30-November 2", "October 30 to November 2, 2022", "February 13 and 14".
const PATTERN = new RegExp(
  `\\b(?<t>(?<m1>${MONTH})\\s*(?<d1>${DAY})\\s*(?<join>[-‐‑‒–—−]|to|until|till|through|and)\\s*(?:(?<m2>${MONTH})\\s*)?(?<d2>${DAY})(?![\\d:]|\\s?(?:%|per\\s?cent|percent))(?:,?\\s+(?<y>${YEAR})(?!\\d))?)`,
  'dg',
)

/** Ranges of days written month first. */
export const monthDayRange = timeRecognizer('month-day-range', PATTERN, (match) => {
  const g = match.groups!
  // "February 13 and 14" is one stretch; "February 13 and March 2" two dates.
  if (g.join === 'and' && g.m2) return null
  const m1 = monthOf(g.m1)
  const m2 = g.m2 ? monthOf(g.m2) : m1
  return dayRangeCandidate(match, 'time:day-range', m1, dayOf(g.d1), m2, dayOf(g.d2))
})
