import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { ACTION_VERBS, SPEECH_VERBS } from '../gazetteer/lexicon.js'
import { scanDocument, segmentSpan, unreadStartingAt } from '../scan/document.js'
import type { Segment } from '../scan/segments.js'

/** A person's full name: two to four names, the first a given name, not "Al-" ("Al-Ahram said" is a newspaper). */
function fullName(seg: Segment): boolean {
  const els = seg.phrase.elements.slice(seg.first, seg.last + 1)
  // Particles ("da", "bin") do not count: "Luiz Inácio Lula da Silva" is four names.
  const n = els.filter((e) => e.cls !== 'particle').length
  return n >= 2 && n <= 4 && els[0].cls === 'name'
}

/** A person read from a bare name and what is said around it: below a name the text states. */
function bareNameCandidate(text: string, span: { start: number; end: number }, ruleId: string): Candidate {
  return personCandidate(span, text.slice(span.start, span.end), ruleId, PRIORITY.person - 5)
}

/**
 * A two- to four-word proper name, of no known kind, right before a verb
 * that only people do in this news: what becomes of the pattern's match.
 */
function personBefore(name: string, verbs: RegExp, ruleId: string, beforeAnd = false): Recognizer<Candidate> {
  return {
    name,
    pattern: () => verbs,
    extract(ctx, match) {
      const scan = scanDocument(ctx)
      const seg = (scan.segmentsEndingAt.get(match.index) ?? []).find((s) => s.kind === 'unknown')
      // The name ends its phrase, or (for the first of a pair) only "and <name>" follows it.
      const rest = seg ? seg.phrase.elements.length - 1 - seg.last : -1
      if (!seg || !(rest === 0 || (beforeAnd && seg.phrase.elements[seg.last + 1]?.fold === 'and'))) return null
      return fullName(seg) ? bareNameCandidate(ctx.text, segmentSpan(seg), ruleId) : null
    },
  }
}

// The blanks after a word: `(?<=\S)[ \t]+` opening with its blank, the word
// looked for behind it (see place-suffix.ts). A pattern that opens with a
// lookbehind is tried at every position of the text (about 3x the time on
// news); the same matches, at the same index. possessorPerson opens so too.
const AFTER_WORD = '[ \\t](?<=\\S[ \\t])[ \\t]*'

// Between a name and its verb of saying: "also", "today", "jointly", "on Monday".
const WHEN_SAID = `(?:(?:also|today|yesterday|jointly|earlier|later|on[ \\t]+\\p{Lu}\\p{Ll}+day)[ \\t]+){0,2}`

// A verb of saying, after those words.
const SAYING = `${WHEN_SAID}(?:${[...SPEECH_VERBS].join('|')})\\b`

/** "Wei Wei said", "Ana Ruiz today announced". */
export const speakerPerson = personBefore('speaker-person', new RegExp(`${AFTER_WORD}${SAYING}`, 'gu'), 'entities:speaker-person')

// Auxiliaries and expectations between a name and what it does ("is expected to meet", "are set to sign").
const AUX = `(?:(?:will|would|has|have|had|is|are|was|were|also|later|then|again|(?:is|are|was|were) (?:expected|due|set|scheduled) to|expects? to)[ \\t]+){0,2}`
// What only a person does, or "is expected in <place>": a leader's trip announced before it happens.
const ACTING = `${AUX}(?:${[...ACTION_VERBS].join('|')}|(?:is|are) (?:expected|due) in)\\b`
// What two names do together, said or done: "A and B today announced", "A and B will meet".
const ACTING_OR_SAYING = `(?:${ACTING}|${SAYING})`
// A two- to four-word capitalized name (a given name and a surname, "Xi Jinping", "Thérèse Kayikwamba Wagner").
const NAME = `\\p{Lu}[\\p{L}'’-]{1,30}(?:[ \\t]+(?:(?:da|de|do|dos|das|del|di|van|von|der|bin|ibn)[ \\t]+)?\\p{Lu}[\\p{L}'’-]{1,30}){1,3}`

/** "Emmanuel Macron will pay a state visit", "Boric is expected in Beijing": a name that visits, meets or signs. */
export const actingPerson = personBefore('acting-person', new RegExp(`${AFTER_WORD}${ACTING}`, 'gu'), 'entities:acting-person')

/** "Anthony Albanese's visit to Port Moresby": a name whose visit, trip or talks the text tells. */
export const possessorPerson = personBefore(
  'possessor-person',
  /['’](?<=\S['’])s[ \t]+(?:(?:first|second|third|last|recent|latest|upcoming|planned|official|state|working|surprise|two-day|three-day)[ \t]+){0,2}(?:visit|trip|tour|talks|meeting|phone call|call|arrival|departure)\b/gu,
  'entities:acting-person',
)

/** "Joe Biden and Xi Jinping are expected to meet": the first of two names that act together. */
export const actingPairFirst = personBefore(
  'acting-pair-first',
  new RegExp(`${AFTER_WORD}and[ \\t]+(?=${NAME},?[ \\t]+${ACTING_OR_SAYING})`, 'gu'),
  'entities:acting-person',
  true,
)

// A verb of meeting or talking, then "with"/"to" (or nothing after "met"), then the name.
const PARTNER_CUE =
  /\b(?:(?:spoke|spoken|speak|speaks|speaking|talked|talk|talks|talking|conferred|confer|confers|phoned|telephoned|met|meet|meets|meeting)[ \t]+(?:(?:by[ \t]+(?:tele)?phone|separately|briefly|again|also|later|privately)[ \t]+)?(?:with|to)|met|meets)[ \t]+/g

// Words that may follow such a name inside its phrase: another name, a place ("Narendra Modi in New Delhi").
const AFTER_NAME: ReadonlySet<string> = new Set(['and', 'in', 'at', 'on'])

/**
 * A two- to four-word name, of no known kind and starting with a given
 * name, right after `cue`: what becomes of the cue's match. The name ends
 * its phrase, or "and <name>" or "in <place>" follows it.
 */
function personAfter(name: string, cue: RegExp, ruleId: string): Recognizer<Candidate> {
  return {
    name,
    pattern: () => cue,
    extract(ctx, match) {
      const scan = scanDocument(ctx)
      const seg = unreadStartingAt(scan, match.index + match[0].length, (s) => s.first === 0)
      const rest = seg ? seg.phrase.elements.length - 1 - seg.last : -1
      if (!seg || !(rest === 0 || AFTER_NAME.has(seg.phrase.elements[seg.last + 1]?.fold ?? '')) || !fullName(seg)) return null
      const span = segmentSpan(seg)
      // "met Red Cross officials": a name before a common noun describes the people met.
      let k = scan.wordAt.get(span.start) ?? scan.words.length
      while (k < scan.words.length && scan.words[k]!.end <= span.end) k++
      const next = scan.words[k]
      if (next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return null
      return bareNameCandidate(ctx.text, span, ruleId)
    },
  }
}

/** "expects to speak with Vladimir Putin", "met with Josefina Vidal": only people are met or spoken with by name. */
export const partnerPerson = personAfter('partner-person', PARTNER_CUE, 'entities:partner-person')

// Verbs and nouns whose object, named bare, is a person in this news: one
// is urged, thanked, received, detained or freed, or holds talks with someone.
const OBJECT_CUE =
  /\b(?:urged|urges|told|tells|invited|invites|thanked|thanks|praised|praises|congratulated|congratulates|welcomed|welcomes|received|receives|hosted|hosts|greeted|greets|accused|accuses|criticised|criticized|called on|calls on|pressed|presses|reassured|assured|warned|warns|freed|frees|released|releases|detained|detains|arrested|arrests|heaped praise on|(?:talks|meeting|summit|call|conversation|bilateral)[ \t]+with|message to|letter to)[ \t]+/g

/** "urged Vladimir Putin to negotiate", "after talks with Narendra Modi": a name acted on or met. */
export const objectPerson = personAfter('object-person', OBJECT_CUE, 'entities:object-person')
