import type { Span } from '../../model/types.js'
import { foldName } from '../../util/fold.js'
import { rememberedForLastText } from '../../util/memo.js'
import { LONGEST_NAME, TERMS_BY_NAME, type Office, type OfficeTerm } from './office-terms.js'

/**
 * A name of the office table in the text; from `officeMentions`, one given
 * a title held while the text is written ("Indonesian President Prabowo Subianto").
 */
export interface OfficeMention {
  readonly span: Span
  readonly text: string
  /** The terms in which the titled person held that office (several: a second term, or people sharing a name). */
  readonly terms: readonly OfficeTerm[]
}

// Words of a name: capitalized, with the lowercase particles names carry ("Lula da Silva", "von der Leyen").
const NAME_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:da|de|do|dos|del|della|di|van|von|der|den|bin|bint|ibn|al|el|la|le)\s+)*\p{Lu}[\p{L}'’.-]*)*/gu
const TOKEN = /\S+/g

// The titles of each office as news writes them before a name.
const TITLES: Record<Office, string> = {
  head_of_state: 'president|king|queen|emir|amir|sultan|emperor|supreme leader|pope|grand duke|sheikh|chairman',
  head_of_government: 'prime minister|premier|pm|chancellor|taoiseach|chief adviser|state counsellor',
  foreign_minister:
    'foreign minister|foreign secretary|secretary of state|external affairs minister|foreign affairs minister|minister (?:of|for) (?:foreign|external) (?:affairs|relations)|(?:foreign affairs )?cabinet secretary|top diplomat|fm|eam',
  party_leader: 'general secretary|party chief|party leader',
  organization:
    'secretary[- ]general|chairperson|chief|(?:european )?(?:commission|council) president|president of the european (?:commission|council)|high representative|foreign policy chief',
}
// A title right before the name, perhaps with its country ("President of Indonesia", "Prime Minister of the UK") or a comma ("the Taoiseach, Simon Harris").
// bounded: read over a slice of at most TITLE_REACH characters.
const TITLED = Object.fromEntries(
  Object.entries(TITLES).map(([office, words]) => [
    office,
    new RegExp(`(?:^|[^\\p{L}-])(?:${words}),?\\s+(?:of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4})?$`, 'iu'),
  ]),
) as Record<Office, RegExp>
// Who someone was or will be ("former", "incoming"), or an office beside the title's ("vice", "deputy", "acting").
// bounded: read over a slice of at most TITLE_REACH characters.
const NOT_NOW = /(?:^|[^\p{L}])(?:vice|deputy|former|ex|then|late|future|incoming|next|would-be|erstwhile|one-?time|acting)[\s-]+(?:[\p{L}'’-]+\s+){0,3}$/iu
const TITLE_REACH = 80

/**
 * The people named with a title they hold, as the office table knows them:
 * a hit counts only when a title of the same office stands right before it,
 * not marked as past or future ("former", "then-", "-elect").
 */
export function officeMentions(text: string): OfficeMention[] {
  const out: OfficeMention[] = []
  for (const hit of officeHolderNames(text)) {
    const before = text.slice(Math.max(0, hit.span.start - TITLE_REACH), hit.span.start)
    const terms = hit.terms.filter((t) => TITLED[t.office].test(before))
    const title = terms.length > 0 ? TITLED[terms[0]!.office].exec(before) : null
    if (title && !NOT_NOW.test(before.slice(0, title.index + 1))) out.push({ ...hit, terms })
  }
  return out
}

/**
 * Every name of the office table the text writes, title or not: a run of
 * capitalized words is looked up a few words at a time, longest first.
 * Read once per document: dating and the entity stage both ask.
 */
export const officeHolderNames: (text: string) => readonly OfficeMention[] = rememberedForLastText(findOfficeHolderNames)

function findOfficeHolderNames(text: string): readonly OfficeMention[] {
  const out: OfficeMention[] = []
  for (const run of text.matchAll(NAME_RUN)) {
    const tokens = [...run[0].matchAll(TOKEN)].map((t) => ({ start: run.index + t.index, end: run.index + t.index + nameLength(t[0]) }))
    let i = 0
    while (i < tokens.length) {
      const hit = longestName(text, tokens, i)
      if (!hit) {
        i++
        continue
      }
      const span = { start: tokens[i]!.start, end: tokens[hit.last]!.end }
      out.push({ span, text: text.slice(span.start, span.end), terms: hit.terms })
      i = hit.last + 1
    }
  }
  return out
}

/** A word's length without what follows the name: a possessive ("Trọng’s"), a sentence's full stop (an initial keeps its own: "S. Jaishankar"). */
function nameLength(word: string): number {
  if (/['’]s$/.test(word)) return word.length - 2
  return word.length > 2 && word.endsWith('.') ? word.length - 1 : word.length
}

function longestName(text: string, tokens: readonly Span[], i: number): { last: number; terms: readonly OfficeTerm[] } | null {
  for (let last = Math.min(tokens.length, i + LONGEST_NAME) - 1; last >= i; last--) {
    const terms = TERMS_BY_NAME.get(foldName(text.slice(tokens[i]!.start, tokens[last]!.end)))
    if (terms) return { last, terms }
  }
  return null
}
