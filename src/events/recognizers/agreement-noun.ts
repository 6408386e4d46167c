import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

// An agreement named by its noun and a participle that says it was concluded:
// "an agreement had been reached", "the Treaty, signed in 2021 between",
// "the programme was approved", "welcomed the adoption of the programme".
const PATTERN =
  /\b(?<noun>agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:um|a) of understanding|road ?maps?|action plans?|programmes?|programs?)\b(?<gap>[^.;]{0,40}?)\b(?<verb>reached|concluded|initial(?:l)?ed|approved|adopted|struck|sealed|finali[sz]ed|ratified|clinched)\b|\b(?<verb2>welcomed|hailed|announced|celebrated)\s+(?:the\s+)?(?<noun2>adoption|signing|conclusion|ratification|approval)\s+of\b/dgi
// Between the noun and the participle: its parties or its subject ("between
// Chile and Peru", "on fisheries"), then the auxiliaries; the gap is at most 40 characters.
const PARTICIPLE_GAP =
  /^(?:\s+(?:between|with|on|for)(?:\s+[\w'’-]+){1,4}?)?,?(?:\s+(?:which|that))?(?:\s+(?:was|were|had|has|have|is|are|being|to|will|would)(?:\s+be(?:en)?)?)?(?:\s+\w+){0,2}\s+$/i

export const agreementNoun: Recognizer<EventDraft> = {
  name: 'agreement-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const g = match.groups!
    if (g.noun !== undefined && !PARTICIPLE_GAP.test(g.gap ?? '')) return null
    const trigger = g.verb !== undefined ? groupSpan(match, 'verb') : groupSpan(match, 'verb2')
    const draft = makeEvent(ctx, { type: 'agreement', ruleId: 'events:agreement-noun', trigger, roles: 'parties' })
    return draft && draft.actors.length > 0 ? draft : null
  },
}
