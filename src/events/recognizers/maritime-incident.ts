import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { byAgent, locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?:fired water cannons?|water[- ]cannon(?:ed|s)?|rammed|ramming|collided|collision|harass(?:ed|ing|ment)|blockad(?:ed|ing)|seized|boarded|detained)\b/dgi
const VESSEL = /\b(?:vessels?|ships?|boats?|coast ?guards?|trawlers?|fishing|fishermen|frigates?|warships?|navy|naval|reef|shoal|waters)\b/i

/** Confrontations at sea: water cannon, ramming, boarding, seizure of boats. */
export const maritimeIncident: Recognizer<EventDraft> = {
  name: 'maritime-incident',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info || !VESSEL.test(info.text)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const draft = makeEvent(ctx, {
      type: 'incident',
      subtype: 'maritime',
      ruleId: 'events:maritime-incident',
      trigger,
      roles: 'parties',
      directed: true,
      sides: true,
    })
    if (!draft || draft.actors.length === 0) return null
    // A collision has no doer: both sides are in it.
    if (/^(?:collided|collision)$/i.test(match[0])) return { ...draft, source: [], target: [] }
    // "A supply boat was hit with a water cannon by the Chinese coast guard":
    // the subject underwent it, the "by" phrase did it.
    const clause = clauseOf(info, trigger)
    const head = ctx.text.slice(Math.max(clause.start, trigger.start - 40), trigger.start)
    if (!/\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+){0,4}$/i.test(head)) return draft
    const target = draft.source ?? []
    const agent = byAgent(ctx, info, trigger.end, clause.end).filter((k) => !target.includes(k))
    return { ...draft, source: agent, target }
  },
}
