import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?:(?:phone|telephone)\s+(?:talks?|calls?|conversations?|discussions?)|(?:talked|talks|talk|spoke|speak|speaks|conversed|chatted)\s+(?:on|over|by)\s+(?:the\s+)?(?:phone|telephone)|(?:virtual|video)\s+(?:meetings?|conferences?|calls?|talks)|phoned|telephoned|(?<=\b(?:an?|the|their|his|her|its)\s(?:[a-z-]{1,20}\s)?)calls?(?=\s+(?:with|between)\b)|(?<=\b(?:received|receives|receive|took|takes|got|had)\s(?:an?|the)\s(?:[a-z-]{1,20}\s)?)calls?(?=\s+(?:on\s+\w+\s+)?from\b))\b/dgi

/**
 * "held four phone talks", "talked on the phone with", "a phone conversation",
 * "a virtual meeting", "in a call with X" (a call with someone, determined:
 * "call with" after "a", "their", "his" ...; "a call for" is an appeal),
 * "received a call on Wednesday from X" (the one after "from" called).
 */
export const phoneCall: Recognizer<EventDraft> = {
  name: 'phone-call',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const draft = makeEvent(ctx, {
      type: 'phone_call',
      ruleId: 'events:phone-call',
      trigger,
      roles: 'people',
      noun: /^(?:phone|telephone|virtual|video|call)/i.test(match[0]) ? trigger : null,
    })
    if (!draft || draft.actors.length < (/^calls?$/i.test(match[0]) ? 2 : 1)) return null
    return draft
  },
}
