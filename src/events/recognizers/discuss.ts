import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { makeEvent, verbOf } from '../make-event.js'

const PATTERN = /\b(?<verb>discuss(?:ed|es)?|negotiated?)\b/dgi

/** "The two leaders are expected to discuss ...", "the Prime Minister and the President discussed ...". */
export const discuss: Recognizer<EventDraft> = {
  name: 'discuss',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbOf(ctx, match)
    if (!found) return null
    const { info, verb, token } = found
    // "issues discussed at the meeting": a participle after a noun is not the event.
    // A name before the verb is its subject ("Scholz and Tusk discussed ..."),
    // unless the participle goes on with a place or time ("issues discussed at").
    const at = info.tokens.indexOf(token)
    const prev = info.tokens[at - 1]
    const next = info.tokens[at + 1]
    const participle = /ed$/i.test(match.groups!.verb) && (prev?.pos === 'NOUN' || (prev?.pos === 'PROPN' && next?.pos === 'ADP'))
    if (participle) return null
    const draft = makeEvent(ctx, { type: 'talks', ruleId: 'events:discuss', trigger: verb, roles: 'people', weak: true })
    if (!draft || draft.actors.filter((a) => a.startsWith('person:')).length === 0) return null
    return draft
  },
}
