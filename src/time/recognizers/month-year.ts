import { fromMatch } from '../candidate.js'
import { monthPart, partOf } from '../parts.js'
import { MONTH, YEAR, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "November 2022", "(October 2022)", "early October 2024", "mid-July 2022", "May of 2021".
const PATTERN = new RegExp(
  `\\b(?<t>(?:(?<part>[Ee]arly|[Mm]id|[Ll]ate|[Ee]nd)(?:-|\\s+)(?:of\\s+)?)?(?<m>${MONTH})(?:,?\\s+|\\s+of\\s+)(?<y>${YEAR}))(?![\\d,]\\d|\\d)`,
  'dg',
)

/** A month with its year (or a part of it). */
export const monthYear = timeRecognizer('month-year', PATTERN, (match) => {
  const g = match.groups!
  const value = monthPart(Number(g.y), monthOf(g.m), partOf(g.part))
  return fromMatch(match, 'time:month-year', 'none', () => value)
})
