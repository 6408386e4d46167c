import { between, parseIsoDay } from '../calendar.js'
import { writtenFrom } from '../anchor-rules.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "today", "yesterday", "tomorrow", "tonight", "the day before yesterday",
// "last night", "last evening", "this morning".
const PATTERN =
  /\b(?<t>(?:the\s+day\s+(?<dir>before|after)\s+)?(?<w>today|yesterday|tomorrow|tonight|(?:last|this)\s+(?:night|evening|morning|afternoon)))\b(?!['’]s\s+(?:world|era|society|standards))/dgi

/** Days from the day of writing; "last night" is the evening before it. */
function offsetOf(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ')
  if (w === 'yesterday' || w.startsWith('last ')) return -1
  return w === 'tomorrow' ? 1 : 0
}

/** Days named relative to the reference. */
export const relativeDay = timeRecognizer('relative-day', PATTERN, (match) => {
  const g = match.groups!
  const offset = offsetOf(g.w) + (g.dir ? (g.dir.toLowerCase() === 'before' ? -1 : 1) : 0)
  return fromMatch(match, 'time:relative-day', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    // In a text dated only by an inferred window the day of writing is any
    // day of it, so "today" is that window (shifted), not its last day.
    return between(writtenFrom(anchor, ref) + offset, ref + offset, 'day')
  })
})
