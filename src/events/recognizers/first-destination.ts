import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'
import { mentionsIn } from '../actors.js'

const PATTERN =
  /\b(?<verb>chose|chooses|picked|picks|selected)\s+(?=\S)(?<dest>[^,.;]{2,60}?)\s+as\s+(?:his|her|their|its|the)\s+first\s+(?:(?:overseas|foreign|international|official)\s+)?(?:destination|stop|visit|trip)\b/dgi

/** "Xi chose Vietnam as his first overseas destination": a visit to that country. */
export const firstDestination: Recognizer<EventDraft> = {
  name: 'first-destination',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const destSpan = groupSpan(match, 'dest')
    const place = mentionsIn(ctx, info, destSpan).find((m) => m.type === 'country' || m.type === 'place')
    if (!place) return null
    const host = place.type === 'country' ? place.key : place.country ? `country:${place.country}` : null
    const draft = makeEvent(ctx, {
      type: 'visit',
      ruleId: 'events:first-destination',
      trigger: { start: match.index, end: match.index + match[0].length },
      roles: 'guest',
      host,
      place: place.type === 'place' ? place.key : null,
    })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
