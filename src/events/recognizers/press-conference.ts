import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<joint>joint\s+)?(?<noun>(?:press|news|media)\s+(?:conference|briefing|appearance)s?)\b/dgi
// Who stood beside whom: "a news conference with X", "a media conference in Sydney alongside her counterpart".
const BESIDE = /^(?:\s+(?:in|at|on)\s+[\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,3})?,?\s+(?:with|alongside|beside|together with)\b/

/**
 * Two leaders before the press together: "held a joint press conference",
 * "told a news conference with X", "used a media conference alongside her
 * counterpart". Each is a meeting of the two; a press conference given
 * alone is not an event of the relationship.
 */
export const pressConference: Recognizer<EventDraft> = {
  name: 'press-conference',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const noun = groupSpan(match, 'noun')
    const clause = clauseOf(info, noun)
    const together = match.groups!.joint !== undefined || BESIDE.test(ctx.text.slice(noun.end, Math.min(clause.end, noun.end + 80)))
    if (!together) return null
    const draft = makeEvent(ctx, { type: 'meeting', ruleId: 'events:press-conference', trigger: noun, roles: 'people', noun })
    return draft && draft.actors.length >= 2 ? draft : null
  },
}
