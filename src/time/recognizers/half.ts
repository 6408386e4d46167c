import { monthsInterval } from '../calendar.js'
import { monthsPeriod } from './months-period.js'
import { YEAR_SUFFIX_SOURCE, relativeYear } from '../parts.js'
import { YEAR } from '../words.js'
import { timeRecognizer } from './define.js'

// "the first half of 2024", "H1 2024", "the second half of this year", "the latter half";
// a bare "H1" after a word that introduces a period ("In H1 the investments ...": not "H1 visa").
const PATTERN = new RegExp(
  `\\b(?<t>(?:H(?<h>[12])(?=\\s*(?:${YEAR}|this|last|next))|(?<=\\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]ver|[Tt]hroughout)\\s)H(?<bare>[12])(?=[\\s,.;:])|(?:[Tt]he\\s+)?(?<o>first|second|1st|2nd|latter|last)\\s+half)${YEAR_SUFFIX_SOURCE(YEAR)})(?![\\w-])`,
  'dg',
)

/** Halves of a year. */
export const half = timeRecognizer('half', PATTERN, (match) => {
  const g = match.groups!
  const h = g.h ? Number(g.h) : g.bare ? Number(g.bare) : /^(first|1st)$/i.test(g.o) ? 1 : 2
  const m1 = h === 1 ? 1 : 7
  const months = { first: m1, last: m1 + 5, year: g.y ? Number(g.y) : null, offset: relativeYear(g.rel) }
  return monthsPeriod(match, 'time:half', months, (y) => monthsInterval(y, m1, m1 + 5, 'half'))
})
