import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { onePairSide } from '../groups.js'
import { countriesIn, groupSpan, locate, makeEvent, sideIn } from '../make-event.js'

// A response promised without a condition: "will not hesitate to take firm
// action against intrusions", "will take all measures necessary to protect
// its national interests", "the seizure will not go unanswered", "all
// options are on the table", "reserves the right to respond". Said by one
// side of a dispute, it warns the other (CAMEO 13) as much as a conditional
// threat does (conditional-threat.ts reads those with "if" or "unless").
const RESOLVE = String.raw`(?:firm|resolute|decisive|necessary|appropriate|strong|strict|stern|legitimate|reciprocal|corresponding|all|every)`
const PATTERN = new RegExp(
  String.raw`\b(?<verb>(?:will|would|shall)\s+not\s+hesitate\s+to\s+(?:take|use|respond|act|retaliate|defend)|(?:will|would|shall)\s+(?:continue\s+to\s+)?take\s+(?:${RESOLVE}\s+){1,3}(?:(?:and|possible)\s+${RESOLVE}\s+)?(?:actions?|measures|steps|countermeasures)\s+(?:(?:necessary|needed|required)\s+)?(?:to\s+(?:protect|safeguard|defend|uphold)|against)|(?:will|would|shall)\s+not\s+go\s+(?:unanswered|unpunished|unchallenged)|all\s+(?:possible\s+)?(?:options|scenarios)\s+(?:are|remain|were)\s+(?:still\s+)?on\s+the\s+table|reserves?\s+(?:the|its|their)\s+right\s+to\s+(?:respond|retaliate|react|defend|take))\b`,
  'dgi',
)
// A verb of saying: its subject is the speaker, and what follows it the vow.
// bounded: read on one sentence.
const SAY = /\b(?:said|says|warned|warns|told|tells|vowed|vows|declared|insisted|stated|stressed|added|announced|made it clear)\b(?:\s+that)?/gi
const UNANSWERED = /\b(?:unanswered|unpunished|unchallenged)\b/i
const NEGATED_BEFORE = /\b(?:not|no|never|nor|n['’]t)\s+(?:\w+\s+){0,2}$/i

/** "Singapore will not hesitate to take firm action", "India will take all steps necessary to protect its interests, the ministry said". */
export const vowedResponse: Recognizer<EventDraft> = {
  name: 'vowed-response',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    const sentence = info.sentence.span
    const head = ctx.text.slice(sentence.start, verb.start)
    if (NEGATED_BEFORE.test(head)) return null
    // The last verb of saying before the vow: its object holds the side that vows, its subject the speaker.
    let said: RegExpExecArray | null = null
    SAY.lastIndex = 0
    for (let m = SAY.exec(head); m; m = SAY.exec(head)) said = m
    const saidEnd = said ? sentence.start + said.index + said[0].length : sentence.start
    const speaker = () => {
      const before = said ? countriesIn(ctx, info, { start: sentence.start, end: sentence.start + said.index }) : []
      return before.length > 0 ? before : countriesIn(ctx, info, { start: verb.end, end: sentence.end }).slice(-1)
    }
    // "The seizure will not go unanswered": what comes before is the other side's act, and the speaker vows.
    const answered = UNANSWERED.test(match[0])
    let source = answered ? [] : countriesIn(ctx, info, { start: saidEnd, end: verb.start })
    if (source.length === 0) source = speaker()
    const target = countriesIn(ctx, info, sentence).filter((k) => !source.includes(k))
    // A vow that names no one in a story of two countries is made to the other one (pair-sides names it).
    if (source.length === 0 || (target.length === 0 && !onePairSide(ctx, source))) return null
    const draft = makeEvent(ctx, {
      type: 'threat',
      ruleId: 'events:vowed-response',
      trigger: verb,
      roles: 'parties',
      actors: [...source, ...target],
      speech: true,
    })
    if (!draft) return null
    const people = sideIn(ctx, info, { start: sentence.start, end: verb.start }).filter((k) => !k.startsWith('country:'))
    return { ...draft, modality: 'asserted', status: 'occurred', source, target, actors: [...new Set([...people, ...draft.actors])] }
  },
}
