import { fromMatch } from '../candidate.js'
import { COUNT, countOf } from '../words.js'
import { timeRecognizer } from './define.js'

// "the next day", "the following day", "the same day", "the previous day",
// "earlier in the day", "later that day" (the day named before),
// "two days later", "a week earlier": counted from the last day named before;
// "a year earlier", "two months later": from the last time named in the same or previous sentence.
const PATTERN = new RegExp(
  `\\b(?<t>(?:the\\s+)?(?<nd>next|following|previous|preceding|same)\\s+day|(?<within>earlier|later)\\s+(?:in\\s+the|that)\\s+day|(?<n>${COUNT})\\s+(?<u>days?|weeks?|months?|years?)\\s+(?<dir>later|earlier))\\b`,
  'dgi',
)

const DAY_OFFSET: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, same: 0 }

/** Days counted from the day named before them; anchored by a refiner. */
export const relativeToPrevious = timeRecognizer('relative-to-previous', PATTERN, (match) => {
  const g = match.groups!
  let offset: number
  if (g.within) offset = 0
  else if (g.nd) offset = DAY_OFFSET[g.nd.toLowerCase()]
  else {
    const n = countOf(g.n)
    if (!(n >= 1)) return null
    const sign = g.dir.toLowerCase() === 'later' ? 1 : -1
    if (/^[my]/i.test(g.u)) {
      const months = n * (/^y/i.test(g.u) ? 12 : 1) * sign
      return fromMatch(match, 'time:relative-to-previous', 'reference', () => null, { relation: 'offset', offsetMonths: months })
    }
    offset = n * (/^w/i.test(g.u) ? 7 : 1) * sign
  }
  return fromMatch(match, 'time:relative-to-previous', 'reference', () => null, { relation: 'offset', offsetDays: offset })
})
