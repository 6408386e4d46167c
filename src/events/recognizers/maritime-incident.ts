import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?:fired water cannons?|water[- ]cannon(?:ed|s)?|rammed|ramming|collided|collision|harass(?:ed|ing|ment)|blockad(?:ed|ing)|seized|boarded|detained)\b/dgi
const VESSEL = /\b(?:vessels?|ships?|boats?|coast ?guards?|trawlers?|fishing|fishermen|frigates?|warships?|navy|naval|reef|shoal|waters)\b/i

/** Confrontations at sea: water cannon, ramming, boarding, seizure of boats. */
export const maritimeIncident: Recognizer<EventDraft> = {
  name: 'maritime-incident',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info || !VESSEL.test(info.text)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const draft = makeEvent(ctx, { type: 'incident', subtype: 'maritime', ruleId: 'events:maritime-incident', trigger, roles: 'parties' })
    return draft && draft.actors.length > 0 ? draft : null
  },
}
