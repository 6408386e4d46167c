import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { countBefore } from '../count.js'
import { pairOf } from '../groups.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

// A verb that makes or makes known an agreement, then the agreement as its
// object, at most four words of article, number and modifiers between:
// "struck a deal", "unveiled 12 investment deals", "announced an agreement
// to reopen", "clinched a new trade pact". ("Reached an agreement" is
// agreed.ts's; "signed" is agreement-sign.ts's.)
const PATTERN =
  /\b(?<verb>announc(?:ed|es|e|ing)|unveil(?:ed|s|ing)?|str(?:uck|ike|ikes|iking)|seal(?:ed|s|ing)?|clinch(?:ed|es|ing)?|conclud(?:ed|es|e|ing)|finali[sz](?:ed|es|e|ing)|forg(?:ed|es|e|ing)|secur(?:ed|es|e|ing))\s+(?<mods>(?:[\w$€£.,-]+\s+){0,4}?)(?<noun>agreements?|deals?|accords?|pacts?|memorand(?:um|a) of understanding|MoUs?|treat(?:y|ies))\b/dgi
// Only articles, numbers, amounts and modifiers in between; a clause ("announced
// that the talks on a deal") is something else.
const MODIFIERS = /^(?:(?:an?|the|their|its|\d[\d.,]*|[$€£][\d.,]+|[a-z-]+|[A-Z][a-z]+)\s+){0,4}$/
// A preposition or conjunction opens another phrase: "concluded since its
// earlier agreement" concludes something else, not that agreement.
const NOT_A_MODIFIER =
  /\b(?:that|which|who|to|on|of|for|with|in|at|by|since|after|before|until|during|from|under|plans?|talks|hopes?|intention|possibility|prospects?|no)\s/i

/**
 * An agreement made or made known by a verb other than "sign": one event of
 * type agreement, dated by its clause, with its count ("unveiled 12 deals").
 * "Announced" needs the agreement to be new ("announced 20 new agreements",
 * "announced an agreement", "the agreement to restore ...") or counted, not
 * one already in force.
 */
export const agreementAnnounced: Recognizer<EventDraft> = {
  name: 'agreement-announced',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const g = match.groups!
    const mods = g.mods ?? ''
    if (!MODIFIERS.test(mods) || NOT_A_MODIFIER.test(mods)) return null
    const verb = groupSpan(match, 'verb')
    const noun = groupSpan(match, 'noun')
    const count = countBefore(ctx.text, noun.start)
    if (/^announc/i.test(g.verb)) {
      // New: "an agreement", "new agreements", "12 deals", "the agreement to restore ties".
      const fresh = /\b(?:an?|new)\s/i.test(mods) || count !== null || /^\s+to\s+[a-z]/.test(ctx.text.slice(noun.end, noun.end + 12))
      if (!fresh) return null
    }
    const draft = makeEvent(ctx, {
      type: 'agreement',
      ruleId: 'events:agreement-announced',
      trigger: { start: verb.start, end: noun.end },
      roles: 'parties',
      count,
      noun,
    })
    if (!draft) return null
    // Made by people only, or by no one named ("the business sector"): between the article's two countries.
    if (draft.actors.every((a) => a.startsWith('person:'))) draft.actors.push(...pairOf(ctx).filter((p) => !draft.actors.includes(p)))
    return draft.actors.length > 0 ? draft : null
  },
}
