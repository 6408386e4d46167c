import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { locate, makeEvent } from '../make-event.js'
import { pairOf } from '../groups.js'

const PATTERN =
  /\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:(?:establishment|founding)\s+of\s+)?(?:(?:their|the|bilateral|full)\s+)*(?:diplomatic\s+)?(?:relations|ties|partnership)\b/dgi

/** "the 75th anniversary of bilateral diplomatic relations ... in 2025": dated anniversaries only. */
export const relationsAnniversary: Recognizer<EventDraft> = {
  name: 'relations-anniversary',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const clause = clauseOf(info, trigger)
    if (!info.times.some((t) => t.value && t.span.start >= clause.start && t.span.end <= clause.end)) return null
    const draft = makeEvent(ctx, { type: 'relations_milestone', ruleId: 'events:relations-anniversary', trigger, roles: 'parties' })
    if (!draft) return null
    draft.actors = draft.actors.filter((a) => a.startsWith('country:'))
    if (draft.actors.length < 2) draft.actors = pairOf(ctx)
    return draft.actors.length > 0 ? draft : null
  },
}
