import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<verb>agreed|reached (?:an? )?(?:agreement|consensus|deal))\b/dgi

/**
 * "In July, China and Vietnam agreed to ...": an agreement when the clause
 * dates it. Undated "the two leaders agreed to ..." is what was said in
 * talks already reported, not an event of its own.
 */
export const agreed: Recognizer<EventDraft> = {
  name: 'agreed',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    if (/^agreed$/i.test(match.groups!.verb) && !/^\s+(?:to|on|upon|that)\b/i.test(ctx.text.slice(verb.end, verb.end + 8))) return null
    const clause = clauseOf(info, verb)
    // The date must govern the agreeing ("In July, they agreed to"), not what was agreed ("agreed that X will visit next year").
    const dated = info.times.some((t) => t.value && !t.asOf && t.span.start >= clause.start && (t.span.end <= verb.start || t.span.start - verb.end < 12))
    if (!dated) return null
    const draft = makeEvent(ctx, { type: 'agreement', subtype: 'intent', ruleId: 'events:agreed', trigger: verb, roles: 'parties' })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
