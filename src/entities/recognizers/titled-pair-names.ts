import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { scanDocument } from '../scan/document.js'
import { properNameAt } from '../scan/proper-name.js'

// "and" between two names, the second capitalized.
const AND_NAME = /[ \t]and[ \t]+(?=\p{Lu})/gu
// A plural title earlier in the sentence: "Presidents of Uzbekistan and Kazakhstan A B and C D",
// "the foreign ministers, A B and C D,".
// bounded: the 100 characters before "and".
const PLURAL_TITLE = /\b(?:presidents|prime ministers|premiers|foreign ministers|foreign secretaries|chancellors|leaders|heads of (?:the )?states?)\b[^.;:!?\n]{0,80}$/i
// The word right before "and" closes a name.
// bounded: the 100 characters before "and".
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’-]*$/u

/**
 * The second of two names after a plural title is a person like the first:
 * "Presidents of Uzbekistan and Kazakhstan Shavkat Mirziyoyev and
 * Kassym-Jomart Tokayev". A title reads the first name; the second stands
 * after "and" with no title of its own. It must be two to four proper nouns
 * the lexicons left unread.
 */
export const titledPairNames: Recognizer<Candidate> = {
  name: 'titled-pair-names',
  pattern: () => AND_NAME,
  extract(ctx, match) {
    const before = ctx.text.slice(Math.max(0, match.index - 100), match.index)
    if (!NAME_BEFORE.test(before) || !PLURAL_TITLE.test(before)) return null
    const at = match.index + match[0].length
    const second = properNameAt(scanDocument(ctx), at, 2, 4)
    if (!second) return null
    return personCandidate(second, ctx.text.slice(second.start, second.end), 'entities:titled-pair-names', PRIORITY.person)
  },
}
