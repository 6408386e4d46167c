import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { escapeRegExp } from '../../util/regex.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { SEATS, type Seat } from '../gazetteer/seats.js'

const BY_NAME = new Map<string, Seat>(SEATS.flatMap((s) => s.names.map((n) => [n, s] as const)))
// Longest names first ("Élysée Palace" before "Élysée"); not inside a longer name ("Kremlin Wall", "White House Correspondents").
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${[...BY_NAME.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}'’-])(?![ \\t]+\\p{Lu})`,
  'gu',
)

/**
 * "The Kremlin said", "Downing Street rejected the claim": a seat of
 * government named for the government, an organization of its country, so
 * that who did what to whom reaches the country (see gazetteer/seats.ts).
 */
export const seatOfGovernment: Recognizer<Candidate> = {
  name: 'seat-of-government',
  pattern: () => PATTERN,
  extract(_ctx, match) {
    const seat = BY_NAME.get(match[0])
    if (!seat) return null
    return {
      span: { start: match.index, end: match.index + match[0].length },
      text: match[0],
      type: 'organization',
      key: `org:${foldName(seat.name)}`,
      name: seat.name,
      country: seat.country,
      ruleId: 'entities:seat-of-government',
      priority: PRIORITY.org - 1,
    }
  },
}
