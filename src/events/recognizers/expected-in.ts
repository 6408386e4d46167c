import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { makeEvent, verbClause } from '../make-event.js'
import { destinationAfter, hostAndPlace, pairHost } from '../visit-roles.js'

// "The minister is expected in Windhoek next week", "is due in Quito on April 15": someone awaited in another
// country's city is a visit still to come; "last set foot in Egypt in 2012" is one that took place.
const PATTERN = /\b(?:(?<planned>(?:is|are|was|were)\s+(?:(?:also|now|then)\s+)?(?:expected|due))|(?<past>set(?:s)?\s+foot))\s+in\b/dgi

/** A visit told by awaiting someone in a place, or by setting foot there. */
export const expectedIn: Recognizer<EventDraft> = {
  name: 'expected-in',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const planned = match.groups!.planned !== undefined
    const found = verbClause(ctx, match, planned ? 'planned' : 'past')
    if (!found) return null
    const { info, verb, clause } = found
    const dest = destinationAfter(ctx, info, verb.end, clause.end, true)
    if (!dest?.host) return null
    const draft = makeEvent(ctx, {
      type: 'visit',
      ruleId: 'events:expected-in',
      trigger: { start: verb.start, end: match.index + match[0].length },
      roles: 'guest',
      ...hostAndPlace(dest),
      status: planned ? 'planned' : 'occurred',
    })
    // The guest is from elsewhere: someone awaited in his own country is no visitor.
    if (!draft || draft.actors.length === 0 || draft.actors.includes(dest.host)) return null
    draft.host ??= pairHost(ctx, draft.actors)
    return draft
  },
}
