import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { TITLE_GAP } from '../guest.js'
import { makeEvent, verbOf } from '../make-event.js'

const PATTERN = /\b(?<verb>called|calls|call|rang|rings)\b/dgi
// "called X a liar", "called X's remarks ...", "called X to account": naming, not telephoning.
const NAMING = /^\s*(?:['’]s\b|an?\b|the\b|["“'‘]|to\b|for\b|on\b|upon\b|in\b|back\b|off\b|out\b|it\b|them\b|him\b|her\b)/i

/** "Prince Faisal called Mr Amir Abdollahian", "Macron called Meloni": a telephone call to a named person. */
export const callPerson: Recognizer<EventDraft> = {
  name: 'call-person',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbOf(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    const first = mentionsIn(ctx, info, { start: verb.end, end: clause.end })[0]
    if (!first || first.type !== 'person' || !TITLE_GAP.test(ctx.text.slice(verb.end, first.span.start))) return null
    if (NAMING.test(ctx.text.slice(first.span.end, first.span.end + 8))) return null
    const draft = makeEvent(ctx, { type: 'phone_call', ruleId: 'events:call-person', trigger: verb, roles: 'people', directed: true, sides: true })
    return draft && draft.actors.length > 1 ? draft : null
  },
}
