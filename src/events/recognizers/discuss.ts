import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { makeEvent, verbOf } from '../make-event.js'

const PATTERN = /\b(?<verb>discuss(?:ed|es)?|negotiated?|negotiating)\b/dgi
// A gerund is the event only in a clause of time: "told reporters after negotiating for five hours with X".
const GERUND_CLAUSE = /\b(?:after|before|while|since|upon|when)\s+$/i
// "X and (the) Y [also|have|are planning to|will] discuss": bounded by the 60 characters before the verb.
const COUNTRY_PAIR_SUBJECT =
  /\b\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+(?:(?:also|have|had|will|would|are|were|to|planning|plan|set|expected|agreed|began|begin|started|start|continued|continue)\s+){0,3}$/u
const GROUP_SUBJECT =
  /\b(?:the|both|two|their)\s+(?:[\w-]+\s+){0,2}(?:sides|leaders|ministers|presidents|countries|delegations|officials|diplomats|counterparts|heads of state|secretaries)\s+(?:also\s+|have\s+|had\s+)?$/i

/** "The two leaders are expected to discuss ...", "the Prime Minister and the President discussed ...", "the sides discussed", "after negotiating with X". */
export const discuss: Recognizer<EventDraft> = {
  name: 'discuss',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbOf(ctx, match)
    if (!found) return null
    const { info, verb, token } = found
    if (/ing$/i.test(match.groups!.verb) && !GERUND_CLAUSE.test(ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 8), verb.start))) return null
    // "issues discussed at the meeting": a participle after a noun is not the event.
    // A name before the verb is its subject ("Scholz and Tusk discussed ..."),
    // unless the participle goes on with a place or time ("issues discussed at").
    const at = info.tokens.indexOf(token)
    const prev = info.tokens[at - 1]
    const next = info.tokens[at + 1]
    // "The sides discussed", "the two ministers discussed": a group of participants is the subject.
    const groupSubject = GROUP_SUBJECT.test(ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 40), verb.start))
    const participle = !groupSubject && /ed$/i.test(match.groups!.verb) && (prev?.pos === 'NOUN' || (prev?.pos === 'PROPN' && next?.pos === 'ADP'))
    if (participle) return null
    const draft = makeEvent(ctx, { type: 'talks', ruleId: 'events:discuss', trigger: verb, roles: 'people', weak: true })
    // Persons, or the two sides by their countries ("the sides discussed").
    // Only told in the past by a group subject: "they will discuss" restates a plan told before.
    const bySides = groupSubject && /ed$/i.test(match.groups!.verb) && draft !== null && draft.actors.filter((a) => a.startsWith('country:')).length >= 2
    // "India and the US discussed ...", "Peru and Chile are planning to negotiate ...": two countries as the subject.
    const lead = ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 60), verb.start)
    const pairSubject =
      draft !== null &&
      COUNTRY_PAIR_SUBJECT.test(lead) &&
      info.entities.filter((m) => m.type === 'country' && m.span.start >= verb.start - lead.length && m.span.end <= verb.start).length >= 2
    if (!draft || (draft.actors.filter((a) => a.startsWith('person:')).length === 0 && !bySides && !pairSubject)) return null
    return draft
  },
}
