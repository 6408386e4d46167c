import { parseIsoDay, ymdOf, yearsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "the same period last year", "the same time last year": the base of a comparison.
const PATTERN = /\b(?<t>the\s+same\s+(?:period|time|months?|quarter)\s+(?:of\s+)?(?:last|the\s+previous)\s+year)\b/dgi

/**
 * A comparison base. Its value is last year (the stated period shifted a year
 * back is the reader's inference); the rule id tells consumers not to take it
 * as the period of the figure it follows.
 */
export const samePeriod = timeRecognizer('same-period', PATTERN, (match) =>
  fromMatch(match, 'time:same-period-last-year', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    return ref === null ? null : yearsInterval(ymdOf(ref)[0] - 1)
  }),
)
