import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { scanDocument } from '../scan/document.js'
import { properNameAt } from '../scan/proper-name.js'

// A sitting, then "between" two names: "the meeting between Giorgia Meloni
// and Emmanuel Macron", "talks between Ana Rios and Kari Lund".
// The pattern opens with the noun and looks behind it for the noun's start:
// one that opens with a lookbehind is tried at every position of the text
// (4x the time). The same matches: the nouns are letters only, so a noun
// ending here that starts after no letter is the one matched, or a longer
// one the scan would have matched from its own start.
const SITTINGS = 'meeting|meetings|talks|summit|call|conversation|encounter|negotiations|discussions'
const BETWEEN = new RegExp(`(?:${SITTINGS})(?<=(?<![\\p{L}-])(?:${SITTINGS}))[ \\t]+between[ \\t]+(?=\\p{Lu})`, 'gu')

/**
 * The two sides of a meeting named by untitled full names are persons:
 * both names must be two to four proper nouns the lexicons left unread,
 * joined by "and".
 */
export const sittingBetweenNames: Recognizer<Candidate> = {
  name: 'sitting-between-names',
  pattern: () => BETWEEN,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const first = properNameAt(scan, match.index + match[0].length, 2, 4)
    if (!first) return null
    const and = /^[ \t]+and[ \t]+/.exec(ctx.text.slice(first.end, first.end + 8))
    if (!and) return null
    const second = properNameAt(scan, first.end + and[0].length, 2, 4)
    if (!second) return null
    return [first, second].map((span) => personCandidate(span, ctx.text.slice(span.start, span.end), 'entities:sitting-between-names', PRIORITY.person))
  },
}
