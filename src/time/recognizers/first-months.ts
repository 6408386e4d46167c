import { monthsInterval } from '../calendar.js'
import { monthsPeriod } from './months-period.js'
import { YEAR_SUFFIX_SOURCE, relativeYear } from '../parts.js'
import { COUNT, YEAR, countOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the first nine months of 2024", "first eight months of this year",
// "the first 10 months", "the last three months of 2023".
const PATTERN = new RegExp(`\\b(?<t>(?:[Tt]he\\s+)?(?<dir>first|last|final)\\s+(?<n>${COUNT})\\s+months${YEAR_SUFFIX_SOURCE(YEAR)})(?![\\w-])`, 'dgi')

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
  return monthsPeriod(match, 'time:first-months', { first: m1, last: m2, year: y, offset }, (year) => monthsInterval(year, m1, m2))
})
