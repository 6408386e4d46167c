import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { byAgent, makeEvent, sideIn, verbOf } from '../make-event.js'

// The base form too ("continues to blame Kabul", "we condemn the raid"), but not "is to blame"
// (the writer's judgement, no one blaming).
const PATTERN = /\b(?<verb>accus(?:e|ed|es|ing)|blam(?:e|ed|es|ing)|condemn(?:ed|s|ing)?|denounc(?:e|ed|es|ing))\b/dgi
// bounded: the 12 characters before the verb.
const TO_BLAME = /\b(?:is|are|was|were|be|been)\s+to\s+$/i
// What the accusation is about starts here: "accused Paris of meddling in
// Italian politics", "blamed Kabul for the attack", "condemned the demolition
// of the high commission in Accra": the side accused is named before it.
const ABOUT = /\s(?:of|for|over|after|in|about|as)\s/i
const PASSIVE = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i

/** "Manila accused Beijing of ...", "condemned the move": one side accusing or denouncing another, source and target read apart. */
export const accusation: Recognizer<EventDraft> = {
  name: 'accusation',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbOf(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    if (/^blame$/i.test(match.groups!.verb) && TO_BLAME.test(ctx.text.slice(Math.max(0, verb.start - 12), verb.start))) return null
    const about = ABOUT.exec(ctx.text.slice(verb.end, clause.end))
    const draft = makeEvent(ctx, {
      type: 'accusation',
      ruleId: 'events:accusation',
      trigger: verb,
      roles: 'parties',
      directed: true,
      sides: true,
      ...(about ? { objectEnd: verb.end + about.index } : {}),
    })
    if (!draft || draft.actors.length < 2) return null
    // "Kigali was accused by Kinshasa of ...", "Kigali, accused of backing
    // the rebels": the subject is the one accused.
    const reduced = /^\s+of\b/i.test(ctx.text.slice(verb.end, verb.end + 4))
    if (!reduced && !PASSIVE.test(ctx.text.slice(Math.max(clause.start, verb.start - 20), verb.start))) return draft
    // In the reduced form the one accused is the name just before the verb
    // ("tensions between Kinshasa and Kigali, accused of ...": Kigali).
    const last = reduced ? info.entities.filter((m) => m.span.end <= verb.start && /^[\s,]*$/.test(ctx.text.slice(m.span.end, verb.start))).pop() : undefined
    const target = last ? sideIn(ctx, info, last.span) : (draft.source ?? [])
    const source = byAgent(ctx, info, verb.end, clause.end).filter((k) => !target.includes(k))
    return { ...draft, source, target }
  },
}
