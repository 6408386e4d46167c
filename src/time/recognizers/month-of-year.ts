import { monthsInterval } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { referenceYmd } from '../anchor-rules.js'
import { relativeYear } from '../parts.js'
import { MONTH_FULL, monthOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "March of last year", "December of next year": chrono-node takes "March of" alone.
const PATTERN = new RegExp(`\\b(?<t>(?<m>${MONTH_FULL})\\s+of\\s+(?<rel>this|last|next)\\s+year)\\b`, 'dg')

/** A month of the year before, of, or after the reference's. */
export const monthOfYear = timeRecognizer('month-of-year', PATTERN, (match) => {
  const month = monthOf(match.groups!.m)
  const offset = relativeYear(match.groups!.rel)!
  return fromMatch(match, 'time:month-of-year', 'reference', (anchor) => {
    const r = referenceYmd(anchor)
    return r ? monthsInterval(r[0] + offset, month) : null
  })
})
