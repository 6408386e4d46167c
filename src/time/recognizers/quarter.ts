import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { referenceYmd } from '../anchor-rules.js'
import { monthsPeriod } from './months-period.js'
import { YEAR_SUFFIX_SOURCE, relativeYear } from '../parts.js'
import { ORDINAL, YEAR, ordinalOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "Q3", "Q3 2024", "3Q 2024", "the third quarter of 2024", "the first quarter of this year", "last quarter".
const PATTERN = new RegExp(
  `\\b(?<t>(?:Q(?<q>[1-4])|(?<qn>[1-4])Q(?=\\s*${YEAR}(?!\\d))|(?<the>[Tt]he\\s+)?(?<o>${ORDINAL})\\s+quarter)${YEAR_SUFFIX_SOURCE(YEAR)})(?![\\w-])`,
  'dg',
)

/** Calendar quarters. */
export const quarter = timeRecognizer('quarter', PATTERN, (match) => {
  const g = match.groups!
  let q = g.q ? Number(g.q) : g.qn ? Number(g.qn) : ordinalOf(g.o)
  const y = g.y ? Number(g.y) : null
  const offset = relativeYear(g.rel)
  // "last quarter" without "the" or a year: the quarter before the reference's.
  const previous = q === -1 && !g.the && y === null && offset === null
  if (q === -1) q = 4
  const m1 = q * 3 - 2
  if (!previous) return monthsPeriod(match, 'time:quarter', { first: m1, last: m1 + 2, year: y, offset }, (year) => monthsInterval(year, m1, m1 + 2, 'quarter'))
  return fromMatch(
    match,
    'time:quarter',
    'reference',
    (anchor) => {
      const r = referenceYmd(anchor)
      if (!r) return null
      const current = Math.floor((r[1] - 1) / 3)
      const [py, pq] = current === 0 ? [r[0] - 1, 3] : [r[0], current - 1]
      return monthsInterval(py, pq * 3 + 1, pq * 3 + 3, 'quarter')
    },
    { period: true },
  )
})
