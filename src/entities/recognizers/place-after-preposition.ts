import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate, namedCandidate } from '../candidate.js'
import { scanDocument, segmentSpan, unreadStartingAt } from '../scan/document.js'
import type { Segment } from '../scan/segments.js'

const IN = /(?<![\p{L}-])(?:in|at)[ \t]+(?=\p{Lu})/gu

// Capitalized common nouns of political prose ("in Party building", "at
// State level", "in Government"): institutions or ideas, never places.
const GENERIC = new Set([
  'party',
  'state',
  'government',
  'parliament',
  'congress',
  'committee',
  'ministry',
  'cabinet',
  'assembly',
  'council',
  'presidency',
  'administration',
  'politburo',
  'secretariat',
  'army',
  'people',
  'constitution',
  'summit',
  'forum',
  'embassy',
])

/**
 * "in Dubai", "at Damietta", "in Dar es Salaam": a one- or two-word proper name (particles apart) standing alone
 * after "in" or "at" is a place, unless coreference makes it a person.
 */
export const placeAfterPreposition: Recognizer<Candidate> = {
  name: 'place-after-preposition',
  pattern: () => IN,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    // one or two name words, maybe joined by lowercase particles ("Dar es Salaam")
    const nameWords = (s: Segment) => s.phrase.elements.slice(s.first, s.last + 1).filter((e) => e.cls !== 'particle').length
    const seg = unreadStartingAt(
      scan,
      match.index + match[0].length,
      (s) => s.first === 0 && s.last === s.phrase.elements.length - 1 && nameWords(s) <= 2 && s.phrase.elements[s.last]!.cls !== 'particle',
    )
    if (!seg) return null
    const span = segmentSpan(seg)
    // The tagger must agree it is a proper noun ("at Governmental level" is not a place).
    const first = scan.wordAt.get(span.start)!
    const words = scan.words.slice(first, first + 4).filter((w) => w.end <= span.end)
    if (!words.every((w) => !w.cap || w.pos === 'PROPN' || /[^\x00-\x7f]/.test(w.text))) return null
    if (/^['’]/.test(ctx.text.slice(span.end, span.end + 1))) return null
    // "at Governmental and expert level": an adjective, not a place.
    if (/^[ \t]+and[ \t]+\p{Ll}/u.test(ctx.text.slice(span.end, span.end + 12)) || /(?:al|ic|ive|ous)$/.test(words[words.length - 1].text)) return null
    const text = ctx.text.slice(span.start, span.end)
    if (GENERIC.has(foldName(words[0]!.text))) return null
    return namedCandidate('place', span, text, 'entities:place-after-preposition', PRIORITY.place - 5)
  },
}
