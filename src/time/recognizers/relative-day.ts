import { between, parseIsoDay } from '../calendar.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "today", "yesterday", "tomorrow", "tonight", "the day before yesterday".
const PATTERN = /\b(?<t>(?:the\s+day\s+(?<dir>before|after)\s+)?(?<w>today|yesterday|tomorrow|tonight))\b(?!['’]s\s+(?:world|era|society|standards))/dgi

const OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }

/** Days named relative to the reference. */
export const relativeDay = timeRecognizer('relative-day', PATTERN, (match) => {
  const g = match.groups!
  const offset = OFFSET[g.w.toLowerCase()] + (g.dir ? (g.dir.toLowerCase() === 'before' ? -1 : 1) : 0)
  return fromMatch(match, 'time:relative-day', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    return ref === null ? null : between(ref + offset, ref + offset, 'day')
  })
})
