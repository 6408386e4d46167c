import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'
import { destinationAfter } from '../visit-roles.js'

// Arriving, and travelling toward a destination: "flew to Seoul", "will travel to Paris", "left for Beijing".
// A day word may stand between the verb and the place: "travels today to Lima".
const PATTERN =
  /\b(?<verb>arriv(?:ed|es|e|ing)\s+(?:in|at)|land(?:ed|s|ing)?\s+(?:in|at)|(?:fly|flies|flew|flown|flying|travel(?:l?ed|s|l?ing)?|head(?:ed|s|ing)?|jet(?:ted|s|ting)?)\s+(?:(?:today|tomorrow|tonight|yesterday|later|again|first|directly|on\s+to)\s+)?(?:to|for)|(?:leave|leaves|left|leaving|depart(?:ed|s|ing)?|set(?:s|ting)? off|set out)\s+for)\b/dgi

const CARGO = /\b(?:carrying|loaded with|laden with|with a cargo of)\b/i

/**
 * "arrived in Amman", "will arrive in Azerbaijan's capital Baku", "flew to
 * Seoul for talks", "left for Beijing": a visit to the place's country, by a
 * guest from elsewhere.
 */
export const arrival: Recognizer<EventDraft> = {
  name: 'arrival',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const phrase = groupSpan(match, 'verb')
    // The trigger is the verb itself; the destination is read after it, preposition included.
    const verb = { start: phrase.start, end: phrase.start + /^\S+/.exec(match.groups!.verb)![0].length }
    const clause = clauseOf(info, verb)
    // "A cargo ship carrying steel arrived in Manila": goods arrive, nobody visits (relief is aid-carried's).
    if (CARGO.test(ctx.text.slice(clause.start, verb.start))) return null
    const dest = destinationAfter(ctx, info, verb.end, clause.end)
    if (!dest?.host) return null
    const draft = makeEvent(ctx, { type: 'visit', ruleId: 'events:arrival', trigger: verb, roles: 'guest', host: dest.host, place: dest.place })
    // Going home ("the president flew back to Nairobi") is dropped by refiners/home-visits.
    if (!draft || draft.actors.length === 0 || draft.actors.includes(dest.host)) return null
    return draft
  },
}
