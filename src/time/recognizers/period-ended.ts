import type { Granularity } from '../../model/types.js'
import { addMonths, between, dayNumber, daysInMonth } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { DAY, MONTH, YEAR, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the fiscal year ended June 30, 2023", "the quarter ended Sept. 30, 2024", "the 12 months to
// March 2024", "the year to June 2024": chrono-node reads only the closing date.
const PATTERN = new RegExp(
  `\\b(?<t>(?:the\\s+)?(?:(?<fiscal>fiscal|financial)\\s+)?(?:(?<unit>year|quarter)|(?<n>three|six|nine|twelve|3|6|9|12)\\s+months)` +
    `\\s+(?:ended|ending|to)\\s+(?<m>${MONTH})\\s+(?:${DAY},?\\s+)?(?<y>${YEAR})(?!\\d))`,
  'dgi',
)
const MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, year: 12, quarter: 3 }

/** The months of a period named by its last month. */
export const periodEnded = timeRecognizer('period-ended', PATTERN, (match) => {
  const g = match.groups!
  const length = MONTHS[(g.unit ?? g.n).toLowerCase()] ?? Number(g.n)
  const [ey, em] = [Number(g.y), monthOf(g.m)]
  const [sy, sm] = addMonths(ey, em, 1 - length)
  const granularity: Granularity = g.fiscal
    ? 'range'
    : length === 3 && em % 3 === 0
      ? 'quarter'
      : length === 6 && em % 6 === 0
        ? 'half'
        : length === 12 && em === 12
          ? 'year'
          : 'month'
  const value = between(dayNumber(sy, sm, 1), dayNumber(ey, em, daysInMonth(ey, em)), granularity)
  return fromMatch(match, 'time:period-ended', 'none', () => value, { period: true })
})
