import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { locate, makeEvent } from '../make-event.js'
import { pairOf } from '../groups.js'

const PATTERN =
  /\b(?:established|set up|launched|founded|created)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,7}?(?:Committee|Commission|Council|Mechanism|Dialogue|committee|commission|council|mechanism)\b(?!s)|\b(?:entry into force|entered into force|enters into force|came into (?:force|effect)|comes into (?:force|effect)|took effect|takes effect)\b/dgi

/**
 * Dated foundations of joint bodies ("established a Steering Committee for
 * Bilateral Cooperation in November 2006") and agreements entering into
 * force: milestones of the relationship.
 */
export const mechanismFounded: Recognizer<EventDraft> = {
  name: 'mechanism-founded',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const clause = clauseOf(info, trigger)
    if (!info.times.some((t) => t.value && !t.asOf && t.span.start >= clause.start && t.span.end <= clause.end)) return null
    const draft = makeEvent(ctx, { type: 'relations_milestone', ruleId: 'events:mechanism-founded', trigger, roles: 'parties' })
    if (!draft) return null
    const countries = draft.actors.filter((a) => a.startsWith('country:'))
    draft.actors = countries.length >= 2 ? countries : pairOf(ctx)
    return draft.actors.length > 0 ? draft : null
  },
}
