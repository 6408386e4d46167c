import { dayNumber, between, yearsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { YEAR } from '../words.js'
import { timeRecognizer } from './define.js'

// A fiscal year named as such: "fiscal year 2022-23", "FY2022-23", "FY 2022/23", "the 2020-2021
// financial year", "FY23", "fiscal 2023". Without "fiscal", "financial" or "FY", "2022-23" stays a
// span of calendar years (year-span).
const PATTERN = new RegExp(
  `(?<![\\w$€£¥.,/-])(?<t>(?:(?:[Ff]iscal|[Ff]inancial)\\s+(?:[Yy]ear\\s+)?|FY\\s?)(?:(?<a1>${YEAR})\\s*[-‐‑‒–—−/]\\s*(?<a2>${YEAR}|\\d\\d)|(?<one>${YEAR})|(?<short>\\d\\d))|(?<b1>${YEAR})\\s*[-‐‑‒–—−/]\\s*(?<b2>${YEAR}|\\d\\d)\\s+(?:[Ff]iscal|[Ff]inancial)\\s+[Yy]ear)(?![\\w%]|[.,/]\\d)`,
  'dg',
)

/** The month a split fiscal year starts in (April to March: India, the UK, Japan, Canada, Hong Kong). */
const SPLIT_START = 4

/**
 * A fiscal year. A split one ("2022-23", two consecutive years) runs from
 * April of the first year to March of the second, the most common split
 * (other countries start in July or October; April to March overlaps their
 * year by six to nine months). A single labelled one ("FY2023", "fiscal
 * 2023") is read as that calendar year: conventions differ on whether the
 * label is the year it ends (India, the US) or starts (Japan), and the
 * calendar year overlaps both.
 */
export const fiscalYear = timeRecognizer('fiscal-year', PATTERN, (match) => {
  const g = match.groups!
  const first = g.a1 ?? g.b1
  if (first) {
    const y1 = Number(first)
    const second = g.a2 ?? g.b2
    const y2 = second.length === 2 ? Math.floor(y1 / 100) * 100 + Number(second) : Number(second)
    if (y2 !== y1 + 1) return null
    const value = between(dayNumber(y1, SPLIT_START, 1), dayNumber(y2, SPLIT_START, 1) - 1, 'range')
    return fromMatch(match, 'time:fiscal-year', 'none', () => value)
  }
  const y = g.one ? Number(g.one) : 2000 + Number(g.short)
  if (!g.one && !/^FY/.test(g.t)) return null // "fiscal 23" is not a year
  const value = yearsInterval(y)
  return fromMatch(match, 'time:fiscal-year', 'none', () => value)
})
