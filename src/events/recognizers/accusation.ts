import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<verb>accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing))\b/dgi

/** "Manila accused Beijing of ...", "condemned the move": one side accusing or denouncing another. */
export const accusation: Recognizer<EventDraft> = {
  name: 'accusation',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    const token = info.tokens.find((t) => t.span.start === verb.start)
    if (!token || token.pos !== 'VERB') return null
    const draft = makeEvent(ctx, { type: 'accusation', ruleId: 'events:accusation', trigger: verb, roles: 'parties' })
    return draft && draft.actors.length > 1 ? draft : null
  },
}
