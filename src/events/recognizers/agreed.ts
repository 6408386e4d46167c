import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<verb>agreed|reached (?:an? )?(?:agreement|consensus|deal))\b/dgi

/**
 * "In July, China and Vietnam agreed to ...", "the leaders agreed to review
 * the trade agreement", "the sides reached an agreement on ...": an
 * agreement (an intent to cooperate) when the clause dates it or says what
 * was agreed to do. "Agreed that X will visit" only reports what was said,
 * unless the clause dates the agreeing.
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
    const agreedTo = /^\s+(?:to|on|upon)\b/i.test(ctx.text.slice(verb.end, verb.end + 8)) || !/^agreed$/i.test(match.groups!.verb)
    if (!dated && !agreedTo) return null
    const draft = makeEvent(ctx, { type: 'agreement', subtype: 'intent', ruleId: 'events:agreed', trigger: verb, roles: 'parties' })
    if (!draft) return null
    // "The leaders agreed to ...": the sides of the story around it.
    if (draft.actors.length === 0) draft.inheritActors = true
    return draft
  },
}
