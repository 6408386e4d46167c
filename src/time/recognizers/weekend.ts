import { between, parseIsoDay } from '../calendar.js'
import { weekdayDay, writtenFrom } from '../anchor-rules.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "over the weekend", "this weekend", "last weekend", "next weekend", "the coming weekend".
const PATTERN = /\b(?<t>(?<rel>the\s+(?:past|coming|previous|last|next)|this|last|next|the)\s+weekend)\b(?!['’]s)/dgi

const SATURDAY = 5
const SUNDAY = 6

/**
 * A weekend, Saturday and Sunday. "The weekend": in a past or unmarked
 * clause the latest one that has begun by the reference, in a future clause
 * the next one; "this weekend": the one of the reference's week (Monday
 * first); "last"/"past": the one before the reference; "next"/"coming": the
 * next one after it.
 */
export const weekend = timeRecognizer('weekend', PATTERN, (match) => {
  const rel = match
    .groups!.rel.toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the (?=\w)/, '')
  return fromMatch(match, 'time:weekend', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    let saturday: number
    if (rel === 'this') saturday = weekdayDay(ref, SATURDAY, 'this')
    else if (rel === 'last' || rel === 'past' || rel === 'previous') saturday = weekdayDay(ref, SUNDAY, 'last') - 1
    else if (rel === 'next' || rel === 'coming') saturday = weekdayDay(ref, SATURDAY, 'next')
    else if (anchor.tense === 'future') saturday = weekdayDay(writtenFrom(anchor, ref), SATURDAY, 'next')
    else saturday = weekdayDay(ref, SATURDAY, 'past')
    return between(saturday, saturday + 1, 'range')
  })
})
