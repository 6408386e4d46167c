import { dayInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// 12/10/2017, 25.02.2020, 5-8-2024: day and month in an order the text does not say.
const PATTERN = /(?<![\d.,/-])(?<t>(?<a>0?[1-9]|[12]\d|3[01])(?<sep>[/.-])(?<b>0?[1-9]|[12]\d|3[01])\k<sep>(?<y>1[89]\d\d|20\d\d))(?![\d]|[/.-]\d)/dg

/**
 * Numeric dates with a four-digit year. When a part exceeds 12 the order is
 * certain; otherwise dots mean day first (European), slashes and dashes
 * month first unless the anchor says the document writes day first.
 */
export const numericDate = timeRecognizer('numeric-date', PATTERN, (match) => {
  const g = match.groups!
  const a = Number(g.a)
  const b = Number(g.b)
  const y = Number(g.y)
  if (a > 12 && b > 12) return null
  return fromMatch(match, 'time:numeric-date', 'none', (anchor) => {
    const dayFirst = a > 12 || (b <= 12 && (anchor.dayFirst ?? g.sep === '.'))
    return dayFirst ? dayInterval(y, b, a) : dayInterval(y, a, b)
  })
})
