import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN =
  /\b(?<verb>(?:committed|commit|commits|pledged|pledge|vowed|vow|aim|aims|aimed|strive|strives|striving|worked|work|working|agreed)\s+to(?:wards?)?\s+(?:soon\s+|quickly\s+|early\s+|swiftly\s+)?(?:reaching|reach|concluding|conclude|finali[sz]ing|finali[sz]e|signing|sign))\s+(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?<noun>agreements?|deals?|accords?|treat(?:y|ies)|pacts?)\b/dgi

/** "are committed to soon reaching a cooperation agreement on ...": a planned agreement. */
export const agreementIntent: Recognizer<EventDraft> = {
  name: 'agreement-intent',
  pattern: () => PATTERN,
  extract(ctx, match) {
    if (!locate(ctx, match.index)) return null
    const verb = groupSpan(match, 'verb')
    const noun = groupSpan(match, 'noun')
    const draft = makeEvent(ctx, {
      type: 'agreement',
      ruleId: 'events:agreement-intent',
      trigger: { start: verb.start, end: noun.end },
      roles: 'parties',
      status: 'planned',
    })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
