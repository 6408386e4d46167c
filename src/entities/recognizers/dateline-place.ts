import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, namedCandidate, type Candidate } from '../candidate.js'

// "HÀ NỘI —", "NEW DELHI, March 3 -", "OTTAWA (Reuters) -": a city in capitals
// opening a line, then a dash, a credit or the date. Bounded: at most three words.
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M}'’.-]+(?:[ \t]\p{Lu}[\p{Lu}\p{M}'’.-]+){0,2})(?=[ \t]*(?:\(|[-—–]|,[ \t]*(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))/gmu

/**
 * The place of a dateline. The gazetteer reads the cities it knows (with
 * their country, at a higher priority); this keeps the others ("WASHINGTON",
 * which the gazetteer leaves to the state) as places rather than as acronyms
 * of organizations (a lower priority).
 */
export const datelinePlace: Recognizer<Candidate> = {
  name: 'dateline-place',
  pattern: () => DATELINE,
  extract(_ctx, match) {
    const text = match[1]
    return namedCandidate('place', { start: match.index, end: match.index + text.length }, text, 'entities:dateline-place', PRIORITY.place - 5)
  },
}
