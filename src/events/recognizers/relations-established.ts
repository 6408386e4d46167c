import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { countriesIn, locate, makeEvent } from '../make-event.js'
import { betweenCountries } from '../milestone.js'

const PATTERN =
  /\b(?:(?:establish(?:ed|es|ing)?|set up|sets up|setting up|forged|forge|normali[sz]ed|normali[sz]e|restored|restore|resumed|resume)\s+(?:(?:their|the|its|official|formal|full|bilateral)\s+){0,3}diplomatic\s+(?:relations|ties)|diplomatic\s+(?:relations|ties)(?:\s*,\s*|\s+)(?:(?:which|that)\s+)?(?:were|was|had been|have been)\s+(?:officially\s+|formally\s+)?(?:established|set up|forged|normali[sz]ed|restored)|(?:diplomatic\s+)?(?:relations|ties)\s+between\s+(?<between>(?:[\w'’.-]+\s+){1,6}?and\s+(?:[\w'’.-]+\s+){1,5}?)(?:were|was|had been|have been)\s+(?:officially\s+|formally\s+|first\s+)?(?:established|set up|forged|normali[sz]ed|restored)|(?:establishment|normali[sz]ation|restoration)\s+of\s+(?:(?:their|the|bilateral|full)\s+)*diplomatic\s+(?:relations|ties))\b/dgi

/** "set up their diplomatic relations on January 18, 1950", "relations between Hanoi and Seoul were established in 1992", "the establishment of diplomatic relations in 1992", "diplomatic relations, which were established in 1921". */
export const relationsEstablished: Recognizer<EventDraft> = {
  name: 'relations-established',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    // "relations between A and B were established": the two are named inside the trigger.
    const between = match.indices?.groups?.between
    const named = between ? countriesIn(ctx, info, { start: between[0], end: between[1] }) : []
    // Severing ties is not here: it is a conflict code (CAMEO 161), read by the lexicon.
    const draft = makeEvent(ctx, {
      type: 'relations_milestone',
      subtype: 'recognition',
      ruleId: 'events:relations-established',
      trigger,
      roles: 'parties',
      ...(named.length >= 2 ? { actors: named } : {}),
    })
    return draft?.when ? betweenCountries(ctx, draft) : null
  },
}
