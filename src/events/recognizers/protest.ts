import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?:(?:lodged|lodge|lodges|filed|registered|made)\s+(?:a\s+)?(?:(?:strong|formal|diplomatic|official|stern|strongly-worded)\s+){0,3}protests?|summon(?:ed|s)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ambassador|envoy|charg[eé] d['’]affaires|diplomat)|protested\s+(?:against|over)|(?:staged|held)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:protests?|demonstrations?|rall(?:y|ies))\s+(?:outside|against|in front of))\b/dgi

/** Diplomatic protests ("lodged a strong protest", "summoned the ambassador") and demonstrations against the other side. */
export const protest: Recognizer<EventDraft> = {
  name: 'protest',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const street = /staged|held/i.test(match[0])
    const draft = makeEvent(ctx, { type: 'protest', subtype: street ? 'demonstration' : null, ruleId: 'events:protest', trigger, roles: 'parties' })
    return draft && draft.actors.length > 0 ? draft : null
  },
}
