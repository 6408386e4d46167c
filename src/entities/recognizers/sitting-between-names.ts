import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { scanDocument } from '../scan/document.js'
import { properNameAt } from '../scan/proper-name.js'

// A sitting, then "between" two names: "the meeting between Giorgia Meloni
// and Emmanuel Macron", "talks between Ana Rios and Kari Lund".
const BETWEEN = /(?<![\p{L}-])(?:meeting|meetings|talks|summit|call|conversation|encounter|negotiations|discussions)[ \t]+between[ \t]+(?=\p{Lu})/gu

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
