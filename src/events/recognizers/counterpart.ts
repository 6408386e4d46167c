import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'

// bounded: the 20 characters before a token.
const NAME_BEFORE_HYPHEN = /\p{Lu}\p{L}*-$/u
const TIME_PREPOSITION = /^(?:on|in|at|during|late|early|earlier|last|this)\s+$/i
const PATTERN = /\b(?:and|with)\s+(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}counterparts?\b/dg

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
    // "... and his Indian counterpart S. Jaishankar on Monday reaffirmed": a time between the names and the verb is passed over.
    const inTime = (t: { span: { start: number; end: number } }) =>
      info.times.some((x) => t.span.end <= x.span.end && (t.span.start >= x.span.start || TIME_PREPOSITION.test(ctx.text.slice(t.span.start, x.span.start))))
    // "Cho Tae-yul": the piece after a hyphen inside a name is part of it, whatever its tag.
    const inName = (t: { span: { start: number } }) => NAME_BEFORE_HYPHEN.test(ctx.text.slice(Math.max(0, t.span.start - 20), t.span.start))
    const next = info.tokens.find((t) => t.span.start >= trigger.end && t.pos !== 'PROPN' && t.pos !== 'PUNCT' && !inTime(t) && !inName(t))
    if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) return null
    const draft = makeEvent(ctx, { type: 'talks', ruleId: 'events:counterpart', trigger, roles: 'people', weak: true })
    if (!draft || draft.actors.length === 0) return null
    return draft
  },
}
