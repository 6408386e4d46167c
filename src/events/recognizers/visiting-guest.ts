import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { clauseOf } from '../clause.js'
import { guestAmong } from '../guest.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<word>visiting)\s/dgi
// Titles between "visiting" and the guest's name ("visiting Pakistani Foreign Minister X", "his visiting counterpart X"):
// guest.ts's TITLE_GAP without the possessives and "visiting" that come before the word itself.
const AFTER_VISITING = /^\s+(?:(?:[A-Z][\w'’.-]*|counterpart|vice|deputy|prime|foreign|minister|president|crown|prince|secretary|of|the)\s+){0,7}$/

/**
 * A guest named as "visiting" by the verb of the host's clause: "X told
 * his visiting counterpart Y", "X assured visiting Foreign Minister Y": the
 * two met. Y is a person after titles only; the host a person before.
 * ("welcomed visiting Y" is read by welcome.ts.)
 */
export const visitingGuest: Recognizer<EventDraft> = {
  name: 'visiting-guest',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const word = groupSpan(match, 'word')
    // "visiting" as a verb ("X is visiting Y"), or after "welcomed", is read by other recognizers.
    if (
      /\b(?:is|are|was|were|be|been|while|when|after|before|welcom\w*|greet\w*)\s+(?:\w+\s+)?$/i.test(
        ctx.text.slice(Math.max(info.sentence.span.start, word.start - 30), word.start),
      )
    )
      return null
    const clause = clauseOf(info, word)
    // "visiting Pakistani Foreign Minister Y": a nationality and titles only before the guest.
    const guest = guestAmong(mentionsIn(ctx, info, { start: word.end, end: clause.end }))
    if (!guest || !AFTER_VISITING.test(ctx.text.slice(word.end, guest.span.start))) return null
    const host = mentionsIn(ctx, info, { start: clause.start, end: word.start }).filter((m) => m.type === 'person')
    if (host.length === 0 || host.some((m) => m.key === guest.key)) return null
    return makeEvent(ctx, {
      type: 'meeting',
      ruleId: 'events:visiting-guest',
      trigger: word,
      roles: 'people',
      actors: [...new Set([...host.map((m) => m.key), guest.key])],
    })
  },
}
