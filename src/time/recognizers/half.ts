import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { referenceYmd, yearForPeriod } from '../anchor-rules.js'
import { YEAR_SUFFIX_SOURCE, relativeYear } from '../parts.js'
import { YEAR } from '../words.js'
import { timeRecognizer } from './define.js'

// "the first half of 2024", "H1 2024", "the second half of this year", "the latter half".
const PATTERN = new RegExp(
  `\\b(?<t>(?:H(?<h>[12])(?=\\s*(?:${YEAR}|this|last|next))|(?:[Tt]he\\s+)?(?<o>first|second|1st|2nd|latter|last)\\s+half)${YEAR_SUFFIX_SOURCE(YEAR)})(?![\\w-])`,
  'dg',
)

/** Halves of a year. */
export const half = timeRecognizer('half', PATTERN, (match) => {
  const g = match.groups!
  const h = g.h ? Number(g.h) : /^(first|1st)$/i.test(g.o) ? 1 : 2
  const m1 = h === 1 ? 1 : 7
  const y = g.y ? Number(g.y) : null
  if (y !== null) {
    const value = monthsInterval(y, m1, m1 + 5, 'half')
    return fromMatch(match, 'time:half', 'none', () => value, { period: true })
  }
  const offset = relativeYear(g.rel)
  return fromMatch(
    match,
    'time:half',
    offset === null ? 'year' : 'reference',
    (anchor) => {
      const base = offset === null ? yearForPeriod(anchor, m1, m1 + 5) : referenceYmd(anchor)?.[0]
      return base === null || base === undefined ? null : monthsInterval(base + (offset ?? 0), m1, m1 + 5, 'half')
    },
    { period: true },
  )
})
