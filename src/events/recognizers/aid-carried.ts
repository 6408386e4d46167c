import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { countriesIn, makeEvent, verbClause } from '../make-event.js'
import { destinationAfter } from '../visit-roles.js'

// Relief named by what it is: goods, a rescue team.
const RELIEF = String.raw`(?:aid|relief|food|medicines?|medical|oxygen|vaccines?|doses|supplies|tents|blankets|water|rescue (?:team|workers|personnel)|rescuers|humanitarian)`
// A ship or plane "carrying" relief that sails, flies or lands somewhere: 70 characters for the cargo, 60 for the rest of its phrase.
const PATTERN = new RegExp(
  String.raw`\b(?:carrying|loaded with|laden with|with a cargo of)\s[^.;]{0,70}?\b${RELIEF}\b[^.;]{0,60}?\b(?<verb>set sail for|sailed for|sailed to|arrived in|arrived at|touched down in|touched down at|landed in|landed at|headed for|headed to|left for|departed for|reached)\s`,
  'dgi',
)

/**
 * Relief shipped to the other side, told by the vessel that carries it:
 * "Two Mexican navy vessels carrying food and medical supplies set sail
 * for Cuba", "an Indian Air Force C-17 carrying a rescue team touched
 * down in Adana". Humanitarian aid (CAMEO 073) from the country the
 * vessel's words name to the country of its destination.
 */
export const aidCarried: Recognizer<EventDraft> = {
  name: 'aid-carried',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    const source = countriesIn(ctx, info, { start: clause.start, end: match.index })
    const dest = destinationAfter(ctx, info, verb.start, clause.end, true)
    const target = dest?.host ? [dest.host] : []
    if (source.length === 0 || target.length === 0 || target.some((k) => source.includes(k))) return null
    const draft = makeEvent(ctx, {
      type: 'aid',
      subtype: 'humanitarian',
      ruleId: 'events:aid-carried',
      trigger: { start: match.index, end: verb.end },
      roles: 'parties',
      actors: [...source, ...target],
    })
    return draft ? { ...draft, source, target } : null
  },
}
