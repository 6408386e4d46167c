import { yearsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { YEAR } from '../words.js'
import { numberContextOk } from './number-context.js'
import { timeRecognizer } from './define.js'

// "2021-2025", "2016–2020", "2020-22", "2020/21", "2020 to 2022".
const PATTERN = new RegExp(
  `(?<![\\w$€£¥.,/-])(?<t>(?<y1>${YEAR})\\s*(?:[-‐‑‒–—−/]|\\s(?:to|until|through)\\s)\\s*(?<y2>${YEAR}|\\d\\d))(?![\\w%]|[.,/]\\d)`,
  'dg',
)

/** A span of whole years. */
export const yearSpan = timeRecognizer('year-span', PATTERN, (match) => {
  const g = match.groups!
  const y1 = Number(g.y1)
  let y2 = Number(g.y2)
  if (g.y2.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2
  if (y2 <= y1 || y2 - y1 > 100) return null
  if (!numberContextOk(match.input, match.index, match.index + match[0].length)) return null
  const value = yearsInterval(y1, y2)
  return fromMatch(match, 'time:year-span', 'none', () => value)
})
