import { between, parseIsoDay } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "so far", "to date", "thus far", "up to now", "as of now", "at present", "currently".
const PATTERN = /\b(?<t>so\s+far|to\s+date|thus\s+far|up\s+(?:to|until)\s+now|until\s+now|as\s+of\s+(?:now|today)|at\s+present|currently|presently)\b/dgi

/** "Now" as an as-of point: the reference day. */
export const asOfNow = timeRecognizer('as-of-now', PATTERN, (match) => {
  const t = match.groups!.t.toLowerCase()
  const head = match.input.slice(Math.max(0, match.index - 8), match.index)
  if (t.startsWith('to') && /\b(?:up|bring|brought|keep|kept)\s+$/i.test(head)) return null // "up to date"
  if (t === 'so far' && /\b(?:not|as)\s+$/i.test(head)) return null // "not so far", "as so far"
  return fromMatch(
    match,
    'time:now',
    'reference',
    (anchor) => {
      const ref = parseIsoDay(anchor.reference)
      return ref === null ? null : between(ref, ref, 'day')
    },
    { asOf: true },
  )
})
