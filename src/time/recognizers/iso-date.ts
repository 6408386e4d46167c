import { dayInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { numberContextOk } from './number-context.js'
import { timeRecognizer } from './define.js'

// 2023-12-10, 2023/12/10, 2023.12.10 (also inside timestamps: 2023-12-10T08:00).
const PATTERN = /(?<![\d.,/-])(?<t>(?<y>1[89]\d\d|20\d\d)(?<sep>[-/.])(?<m>0?[1-9]|1[0-2])\k<sep>(?<d>0?[1-9]|[12]\d|3[01]))(?![\d]|[-/.]\d)/dg

/** Year-first numeric dates. */
export const isoDate = timeRecognizer('iso-date', PATTERN, (match) => {
  const g = match.groups!
  const value = dayInterval(Number(g.y), Number(g.m), Number(g.d))
  if (!value) return null
  if (!numberContextOk(match.input, match.index, match.index + match[0].length)) return null
  return fromMatch(match, 'time:iso-date', 'none', () => value)
})
