import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { referenceYmd, yearForPeriod } from '../anchor-rules.js'
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
  if (y !== null) {
    const value = monthsInterval(y, m1, m1 + 2, 'quarter')
    return fromMatch(match, 'time:quarter', 'none', () => value, { period: true })
  }
  const needs = previous || offset !== null ? 'reference' : 'year'
  return fromMatch(
    match,
    'time:quarter',
    needs,
    (anchor) => {
      if (previous) {
        const r = referenceYmd(anchor)
        if (!r) return null
        const current = Math.floor((r[1] - 1) / 3)
        const [py, pq] = current === 0 ? [r[0] - 1, 3] : [r[0], current - 1]
        return monthsInterval(py, pq * 3 + 1, pq * 3 + 3, 'quarter')
      }
      const year = offset !== null ? referenceYmd(anchor)?.[0] ?? null : yearForPeriod(anchor, m1, m1 + 2)
      const base = offset !== null && year !== null ? year + offset : year
      return base === null ? null : monthsInterval(base, m1, m1 + 2, 'quarter')
    },
    { period: true },
  )
})

