import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'
import { destinationAfter } from '../visit-roles.js'

const PATTERN = /\b(?<verb>arriv(?:ed|es|e|ing)|land(?:ed|s)?)\s+(?:in|at)\b/dgi

/** "arrived in Amman", "will arrive in Azerbaijan's capital Baku": a visit to the place's country. */
export const arrival: Recognizer<EventDraft> = {
  name: 'arrival',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    const clause = clauseOf(info, verb)
    const dest = destinationAfter(ctx, info, verb.end, clause.end)
    if (!dest?.host) return null
    const draft = makeEvent(ctx, { type: 'visit', ruleId: 'events:arrival', trigger: verb, roles: 'guest', host: dest.host, place: dest.place })
    if (!draft || draft.actors.length === 0 || draft.actors.includes(dest.host)) return null
    return draft
  },
}
