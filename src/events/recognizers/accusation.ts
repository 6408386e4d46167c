import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { makeEvent, verbOf } from '../make-event.js'

const PATTERN = /\b(?<verb>accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\b/dgi

/** "Manila accused Beijing of ...", "condemned the move": one side accusing or denouncing another. */
export const accusation: Recognizer<EventDraft> = {
  name: 'accusation',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbOf(ctx, match)
    if (!found) return null
    const { verb } = found
    const draft = makeEvent(ctx, { type: 'accusation', ruleId: 'events:accusation', trigger: verb, roles: 'parties' })
    return draft && draft.actors.length > 1 ? draft : null
  },
}
