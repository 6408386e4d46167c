import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate, type RoleDraft } from '../candidate.js'
import { scanDocument } from '../scan/document.js'
import { properNameAt } from '../scan/proper-name.js'
import { singularTitle } from '../roles.js'

// "and" between two names, the second capitalized.
const AND_NAME = /[ \t]and[ \t]+(?=\p{Lu})/gu
// A plural title earlier in the sentence: "Presidents of Uzbekistan and Kazakhstan A B and C D",
// "the foreign ministers, A B and C D,".
// bounded: the 100 characters before "and".
const PLURAL_TITLE =
  /\b(?<title>presidents|prime ministers|premiers|foreign ministers|foreign secretaries|chancellors|leaders|heads of (?:the )?states?)\b[^.;:!?\n]{0,80}$/i
// "Presidents of Uzbekistan and Kazakhstan": the second country is the second name's.
// bounded: the words after the title, within the 100 characters before "and".
const OF_TWO = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’ -]*?\s+and\s+(?:the\s+)?(?<second>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u
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
    const from = Math.max(0, match.index - 100)
    const before = ctx.text.slice(from, match.index)
    const title = PLURAL_TITLE.exec(before)
    if (!NAME_BEFORE.test(before) || !title) return null
    const at = match.index + match[0].length
    const second = properNameAt(scanDocument(ctx), at, 2, 4)
    if (!second) return null
    return personCandidate(second, ctx.text.slice(second.start, second.end), 'entities:titled-pair-names', PRIORITY.person, {
      roles: secondRole(before, from, title),
    })
  },
}

/** The office the plural title gives the second name, placed on the second country it names ("President", of Kazakhstan). */
function secondRole(before: string, from: number, title: RegExpExecArray): RoleDraft[] {
  const after = title.index + title.groups!.title.length
  const of = OF_TWO.exec(before.slice(after))
  if (!of?.groups) return []
  const start = from + after + of[0].length - of.groups.second.length
  return [{ title: capitalized(singularTitle(title.groups!.title)), span: { start, end: start + of.groups.second.length }, qualifier: null }]
}

// "head of state" -> "Head of State", as titles are written before a name.
function capitalized(title: string): string {
  return title.replace(/\b(?!of\b)\p{L}/gu, (c) => c.toUpperCase())
}
