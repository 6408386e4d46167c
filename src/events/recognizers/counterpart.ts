import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?:and|with)\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b/dg

/**
 * "he and his Chinese counterpart mapped out ...": two leaders acting
 * together are in talks. Weak: any other event of the clause (held talks,
 * co-chaired a meeting) wins.
 */
export const counterpart: Recognizer<EventDraft> = {
  name: 'counterpart',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const trigger = { start: match.index, end: match.index + match[0].length }
    const next = info.tokens.find((t) => t.span.start >= trigger.end && t.pos !== 'PROPN' && t.pos !== 'PUNCT')
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null
    const draft = makeEvent(ctx, { type: 'talks', ruleId: 'events:counterpart', trigger, roles: 'people', weak: true })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
