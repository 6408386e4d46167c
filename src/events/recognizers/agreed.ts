import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { makeEvent, verbClause } from '../make-event.js'

const PATTERN = /\b(?<verb>agreed|agreeing|reached (?:an? )?(?:agreement|consensus|deal))\b/dgi
// "agreed at a meeting in Livingstone to", "agreed during the talks to": the sitting where it was agreed is skipped over.
const AT_SITTING =
  /^,?\s+(?:at|during|after|in)\s+(?:an?|the|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|talks|summit|session|conference|consultations|negotiations|round|retreat)(?:\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,?/u
// "agreed to meet soon", "agreed to hold a bilateral meeting", "agreed to resume talks": what was
// agreed is a sitting still to come (CAMEO 036, intent to meet), not an agreement.
const TO_MEET =
  /^\s+to\s+(?:meet|(?:hold|have|resume|start|open|launch|convene)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?<noun>meeting|meetings|session|talks|summit|consultations|negotiations|dialogue))\b/i

/**
 * "In July, China and Vietnam agreed to ...", "the leaders agreed to review
 * the trade agreement", "the sides reached an agreement on ...": an
 * agreement (an intent to cooperate) when the clause dates it or says what
 * was agreed to do. "Agreed that X will visit" only reports what was said,
 * unless the clause dates the agreeing. "Agreed to meet" is the intent to
 * meet: talks still to come.
 */
export const agreed: Recognizer<EventDraft> = {
  name: 'agreed',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    // "held talks, agreeing to ...": the gerund reports an agreement only as a clause of its own after a comma or "and"
    // ("before agreeing to restore ties", "without agreeing on" say it has not happened).
    // bounded: the six characters before the gerund
    if (/^agreeing$/i.test(match.groups!.verb) && !/(?:,|\band)\s*$/i.test(ctx.text.slice(Math.max(0, verb.start - 6), verb.start))) return null
    // "agreed in March 2019 to set up", "agreed last year to": a time right after the verb is skipped over.
    const sitting = AT_SITTING.exec(ctx.text.slice(verb.end, verb.end + 120))
    const from = sitting ? verb.end + sitting[0].length : verb.end
    const skipped = info.times.find((t) => t.value && t.span.start >= from && /^,?\s*(?:(?:in|on|at|during)\s+)?$/i.test(ctx.text.slice(from, t.span.start)))
    const after = skipped ? skipped.span.end : from
    if (/^agree(?:d|ing)$/i.test(match.groups!.verb) && !/^,?\s+(?:to|on|upon|that)\b/i.test(ctx.text.slice(after, after + 8))) return null
    // The date must govern the agreeing ("In July, they agreed to"), not what was agreed ("agreed that X will visit next year").
    const dated = info.times.some((t) => t.value && !t.asOf && t.span.start >= clause.start && (t.span.end <= verb.start || t.span.start - verb.end < 12))
    const agreedTo = /^,?\s+(?:to|on|upon)\b/i.test(ctx.text.slice(after, after + 8)) || !/^agree(?:d|ing)$/i.test(match.groups!.verb)
    if (!dated && !agreedTo) return null
    const toMeet = TO_MEET.exec(ctx.text.slice(after, after + 60).replace(/^,/, ' '))
    // The trigger runs to the noun, so that the noun's own reading ("a bilateral meeting") merges into this one.
    const kind = toMeet && /^(?:talks|consultations|negotiations|dialogue)$/i.test(toMeet.groups?.noun ?? '') ? 'talks' : 'meeting'
    const draft = toMeet
      ? makeEvent(ctx, {
          type: kind,
          subtype: 'planned',
          ruleId: 'events:agreed',
          trigger: { start: verb.start, end: after + toMeet[0].length },
          roles: 'people',
          status: 'planned',
        })
      : makeEvent(ctx, { type: 'agreement', subtype: 'intent', ruleId: 'events:agreed', trigger: verb, roles: 'parties' })
    if (!draft) return null
    // "The leaders agreed to ...": the sides of the story around it.
    if (draft.actors.length === 0) draft.inheritActors = true
    return draft
  },
}
