import { between, parseIsoDay } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { shiftReference } from '../anchor-rules.js'
import { COUNT, countOf, unitOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the past 74 years", "the past year", "the last two decades", "the next five years",
// "the coming months" (no count: skipped as vague unless singular).
// A vague count ("the past few weeks", "the last several months") is read
// at its widest usual sense, so the window covers whatever the text can mean.
const VAGUE: Readonly<Record<string, number>> = { few: 4, several: 7 }
const PATTERN = new RegExp(
  `\\b(?<t>the\\s+(?<dir>past|last|next|coming)\\s+(?:(?<n>${COUNT})\\s+|(?<vague>few|several)\\s+)?(?<u>years?|months?|weeks?|days?|decades?))\\b`,
  'dgi',
)

/** Durations ending (or starting) at the reference. */
export const pastDuration = timeRecognizer('past-duration', PATTERN, (match) => {
  const g = match.groups!
  const plural = /s$/i.test(g.u)
  const n = g.n ? countOf(g.n) : g.vague ? VAGUE[g.vague.toLowerCase()] : plural ? NaN : 1
  // "the past years", "the coming months": no length stated.
  if (!(n >= 1)) return null
  if (!g.n && !plural && g.dir.toLowerCase() === 'last') return null // "the last year": ambiguous with "last year"
  const unit = unitOf(g.u)
  if (!g.n && !plural && unit === 'day') return null // "the next day" counts from another day
  const forward = /^(next|coming)$/i.test(g.dir)
  return fromMatch(match, 'time:duration', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    const other = shiftReference(ref, unit, forward ? n : -n)
    return forward ? between(ref, other, 'duration') : between(other, ref, 'duration')
  })
})
