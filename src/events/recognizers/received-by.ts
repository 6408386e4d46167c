import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { makeEvent, verbClause, withCountries } from '../make-event.js'
import { destinationAfter, hostAndPlace } from '../visit-roles.js'

const PATTERN =
  /\b(?:is|was|were|are|will be|would be|has been|had been|being|to be)\s+(?:(?:\w+ly|this\s+(?:morning|afternoon|evening)|yesterday|today|later|then|also),?\s+){0,3}(?<verb>received|welcomed|hosted|greeted|met)\s+(?<prep>by|at|in|to)\b/dgi

/**
 * The guest as subject of a passive: "X was received by President Y" (a
 * meeting of the two), "X will be hosted by her counterpart", "X was this morning officially welcomed by Y", "X was
 * welcomed at the presidential palace", "X was welcomed to State House by Y"
 * (a visit to the place's country).
 */
export const receivedBy: Recognizer<EventDraft> = {
  name: 'received-by',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    const prep = match.groups!.prep.toLowerCase()
    // "welcomed to the palace"; not "was met to discuss".
    if (prep === 'to' && match.groups!.verb.toLowerCase() !== 'welcomed') return null
    if (prep === 'by') {
      if (!mentionsIn(ctx, info, { start: verb.end, end: clause.end }).some((m) => m.type === 'person')) return null
      const draft = makeEvent(ctx, { type: 'meeting', ruleId: 'events:received-by', trigger: verb, roles: 'people' })
      if (!draft || draft.actors.length < 2) return null
      return draft
    }
    const dest = destinationAfter(ctx, info, verb.end, clause.end, true)
    const draft = makeEvent(ctx, { type: 'visit', ruleId: 'events:received-by', trigger: verb, roles: 'guest', ...hostAndPlace(dest) })
    if (!draft || draft.actors.length === 0) return null
    // "welcomed to State House, Nairobi, by President X": the one who receives the guest takes part.
    const by = /\bby\s+/i.exec(ctx.text.slice(verb.end, clause.end))
    const at = by ? verb.end + by.index + by[0].length : -1
    const receiver = by ? mentionsIn(ctx, info, { start: at, end: clause.end }).find((m) => m.type === 'person' && m.span.start - at <= 40) : undefined
    return receiver ? { ...draft, actors: [...new Set([...draft.actors, ...withCountries(ctx, [receiver.key])])] } : draft
  },
}
