import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { referenceYmd, yearForPeriod } from '../anchor-rules.js'
import { YEAR_SUFFIX_SOURCE, relativeYear } from '../parts.js'
import { COUNT, YEAR, countOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the first nine months of 2024", "first eight months of this year",
// "the first 10 months", "the last three months of 2023".
const PATTERN = new RegExp(
  `\\b(?<t>(?:[Tt]he\\s+)?(?<dir>first|last|final)\\s+(?<n>${COUNT})\\s+months${YEAR_SUFFIX_SOURCE(YEAR)})(?![\\w-])`,
  'dgi',
)

/** Runs of months counted from the start (or end) of a year: the periods of year-to-date statistics. */
export const firstMonths = timeRecognizer('first-months', PATTERN, (match) => {
  const g = match.groups!
  const n = countOf(g.n)
  if (!(n >= 1 && n <= 12)) return null
  const fromStart = g.dir.toLowerCase() === 'first'
  const y = g.y ? Number(g.y) : null
  const offset = relativeYear(g.rel)
  // "the last three months" with no year is a duration up to the reference (another recognizer).
  if (!fromStart && y === null && offset === null) return null
  const [m1, m2] = fromStart ? [1, n] : [13 - n, 12]
  if (y !== null) {
    const value = monthsInterval(y, m1, m2)
    return fromMatch(match, 'time:first-months', 'none', () => value, { period: true })
  }
  return fromMatch(
    match,
    'time:first-months',
    offset === null ? 'year' : 'reference',
    (anchor) => {
      const base = offset === null ? yearForPeriod(anchor, m1, m2) : referenceYmd(anchor)?.[0]
      return base === null || base === undefined ? null : monthsInterval(base + (offset ?? 0), m1, m2)
    },
    { period: true },
  )
})
