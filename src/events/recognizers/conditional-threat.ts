import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent, sideIn } from '../make-event.js'

// A measure said to follow on a condition: "would impose tariffs if",
// "will respond unless", "would be met with a calibrated response",
// "tariffs will be reinstated if". The measure is hypothetical and never
// occurred; saying it is a threat (CAMEO 13) that did.
const MEASURE = String.raw`(?:impose|reimpose|re-impose|reinstate|slap|raise|hike|respond|retaliate|hit back|take\s+(?:[\w-]+\s+){0,2}(?:countermeasures|counter-measures|measures|action|steps)|cut|sever|expel|recall|suspend|halt|close)`
const PATTERN = new RegExp(
  String.raw`\b(?<verb>(?:would|will|'ll)\s+(?:(?:also|then|immediately|certainly|not hesitate to)\s+)?${MEASURE}|(?:would|will)\s+be\s+met\s+with\s+(?:an?\s+)?(?:[\w-]+\s+(?:and\s+)?){0,3}(?:response|retaliation|reaction|countermeasures)|(?:sanctions|tariffs|duties|curbs|embargo|restrictions)\b[^.;]{0,30}?\b(?:will|would)\s+(?:be\s+(?:re)?(?:imposed|instated|reinstated|raised)|begin|take effect|go into effect|kick in|rise|increase))\b`,
  'dgi',
)
// The measure is a threat only where someone says it: a verb of saying or a quotation.
const SAY =
  /\b(?:said|says|warned|warns|told|tells|threatened|threatens|vowed|vows|declared|insisted|tweeted|wrote|stated|cautioned|added|confirm(?:ed|s|ing)|announc(?:ed|es|ing)|post(?:ed|ing)?)\b/i
const SAID = new RegExp(`${SAY.source}|[“”"]`, 'i')
const CONDITION = /\b(?:if|unless|should\s+(?:it|they|\w+)\s|in case|in the event)\b|\bmet\s+with\b/i
const SANCTIONS = /\b(?:sanctions|tariffs?|duties|curbs|embargo|restrictions|bans?|trade)\b/i
const FORCE = /\b(?:military|force|troops|strikes?|attack|war|invade|invasion|missiles?)\b/i

/** "Ottawa warned it would impose tariffs if ...", "any incursion would be met with a firm response, Caracas said". */
export const conditionalThreat: Recognizer<EventDraft> = {
  name: 'conditional-threat',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    if (!SAID.test(info.text) || !CONDITION.test(info.text)) return null
    const verb = groupSpan(match, 'verb')
    const subtype = SANCTIONS.test(info.text) ? 'sanctions' : FORCE.test(info.text) ? 'force' : null
    const sentence = info.sentence.span
    const said = SAY.exec(info.text)
    // The threat is made when said: a verb of saying before the measure dates it, and a time of the
    // measure ("tariffs will go into effect next week") is the measure's, inside what is said.
    const saying =
      said && sentence.start + said.index < verb.start ? { start: sentence.start + said.index, end: sentence.start + said.index + said[0].length } : null
    const draft = makeEvent(ctx, {
      type: 'threat',
      subtype,
      ruleId: 'events:conditional-threat',
      trigger: saying ?? verb,
      roles: 'parties',
      status: 'occurred',
      speech: true,
    })
    if (!draft) return null
    // Who threatens: the speaker, before the verb of saying or after it (", Tokyo said").
    let source: string[] = []
    if (said) {
      const at = sentence.start + said.index
      if (at < verb.start) source = sideIn(ctx, info, { start: sentence.start, end: at })
      else {
        // ", Georgetown told Caracas": the speaker stands between the comma and the verb; ", said Georgetown": after it.
        const comma = ctx.text.lastIndexOf(',', at)
        source = sideIn(ctx, info, { start: Math.max(verb.end, comma + 1), end: at })
        if (source.length === 0) source = sideIn(ctx, info, { start: at + said[0].length, end: sentence.end })
      }
    }
    if (source.length === 0) source = draft.source ?? []
    // Whom: the other side named in the sentence.
    const target = sideIn(ctx, info, sentence).filter((k) => !source.includes(k))
    const actors = [...new Set([...draft.actors, ...source.filter((k) => !k.startsWith('country:')), ...target.filter((k) => !k.startsWith('country:'))])]
    if (actors.length === 0 && source.length === 0) return null
    return { ...draft, modality: 'asserted', source, target, actors: actors.length > 0 ? actors : source }
  },
}
