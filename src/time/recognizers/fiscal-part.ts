import { addMonths, between, dayNumber, daysInMonth } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { ORDINAL, YEAR, ordinalOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "Q2 FY2024-25", "the third quarter of fiscal 2024-25", "the first half of FY2023-24":
// a split fiscal year runs April to March (see fiscal-year.ts); chrono-node reads none of it.
const PATTERN = new RegExp(
  `\\b(?<t>(?:Q(?<q>[1-4])|(?:the\\s+)?(?<o>${ORDINAL})\\s+quarter|H(?<h>[12])|(?:the\\s+)?(?<ho>first|second)\\s+half)` +
    `\\s+(?:of\\s+)?(?:(?:the\\s+)?(?:fiscal|financial)(?:\\s+year)?|FY)\\s*(?<y1>${YEAR})\\s*[-/–]\\s*(?<y2>\\d\\d(?:\\d\\d)?))(?![\\w-])`,
  'dgi',
)

/** A quarter or half of a split (April-March) fiscal year. */
export const fiscalPart = timeRecognizer('fiscal-part', PATTERN, (match) => {
  const g = match.groups!
  const y1 = Number(g.y1)
  if (Number(g.y2.slice(-2)) !== (y1 + 1) % 100) return null
  const quarter = g.q ? Number(g.q) : g.o ? ordinalOf(g.o) : 0
  const half = g.h ? Number(g.h) : g.ho ? (/^first$/i.test(g.ho) ? 1 : 2) : 0
  const [length, index] = quarter ? [3, quarter === -1 ? 4 : quarter] : [6, half]
  const [sy, sm] = addMonths(y1, 4, length * (index - 1))
  const [ey, em] = addMonths(sy, sm, length - 1)
  const value = between(dayNumber(sy, sm, 1), dayNumber(ey, em, daysInMonth(ey, em)), quarter ? 'quarter' : 'half')
  return fromMatch(match, 'time:fiscal-part', 'none', () => value, { period: true })
})
