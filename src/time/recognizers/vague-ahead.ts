import { between, parseIsoDay } from '../calendar.js'
import { writtenFrom } from '../anchor-rules.js'
import { fromMatch } from '../candidate.js'
import { timeRecognizer } from './define.js'

// "comes weeks ahead of a visit", "is days before the vote", "came months ahead of the summit".
const PATTERN = /\b(?<v>comes?|came|is|are|was|were)\s+(?<t>(?<u>days|weeks|months)\s+(?:ahead\s+of|before))\s+(?:a|an|the|his|her|their|its)\b/dgi

// How far ahead a plural unit reaches, in days: from one unit to about eight.
const SPAN: Record<string, [number, number]> = { days: [1, 13], weeks: [7, 56], months: [30, 240] }

/**
 * The thing a reported event "comes weeks ahead of" lies that far after the
 * day of writing (from the window's first day in an undated text). Only
 * after a present "comes/is": "resigned weeks before the vote" dates the
 * resignation, not the vote, and is not read.
 */
export const vagueAhead = timeRecognizer('vague-ahead', PATTERN, (match) => {
  if (!/^(?:comes?|is|are)$/i.test(match.groups!.v)) return null
  const [lo, hi] = SPAN[match.groups!.u.toLowerCase()]
  return fromMatch(match, 'time:vague-ahead', 'reference', (anchor) => {
    const ref = parseIsoDay(anchor.reference)
    if (ref === null) return null
    return between(writtenFrom(anchor, ref) + lo, ref + hi, 'range')
  })
})
