import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { clauseOf } from '../clause.js'
import { locateGroup, makeEvent } from '../make-event.js'
import { destinationAfter, pairHost } from '../visit-roles.js'

const PATTERN = /\b(?<verb>visit(?:s|ed|ing)?)\b/dgi
// "to visit" is an event only after a word of plan or intent; "the first
// leader to visit China" characterizes someone.
const INTENT =
  /\b(?:scheduled|expected|set|due|slated|plans?|planning|planned|going|invited|agreed|decided|intends?|intending|hopes?|wish(?:es)?|wants?|is|are|was|were)\s+(?:also\s+)?to\s+$/i
const PROMISE = /\bpromis(?:e|ed|es)\b/i
// "visiting Pakistani Foreign Minister X": the country word is the guest's nationality, not a destination.
const NATIONALITY_OF =
  /^\s+(?:President|Prime|Foreign|Minister|Premier|King|Queen|Crown|Prince|Princess|Chancellor|Secretary|Vice|Deputy|Defen[cs]e|Trade|Finance|Interior|Home|delegations?|counterparts?|leaders?|heads?|envoys?|officials?|ministers?|lawmakers?|troops|soldiers|students|business\w*)\b/

/** The verb: "will visit Hanoi", "visited Beijing", "is scheduled to visit and tour Yunnan". */
export const visitBare: Recognizer<EventDraft> = {
  name: 'visit-bare',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = locateGroup(ctx, match, 'verb')
    if (!found) return null
    const { info, span: verb, token } = found
    const head = ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 40), verb.start)
    const infinitive = /\bto\s+$/i.test(head)
    const modal = /\b(?:will|would|shall|'ll|must|may|might|can|could|to)\s+(?:also\s+|soon\s+|later\s+|then\s+)?$/i.test(head)
    if (infinitive ? !INTENT.test(head) : token?.pos !== 'VERB' && !modal) return null
    if (PROMISE.test(ctx.text.slice(info.sentence.span.start, verb.start))) return null
    // "the visiting delegation": an adjective, unless a place follows at once.
    if (
      /^visiting$/i.test(match.groups!.verb) &&
      !info.entities.some(
        (m) =>
          (m.type === 'country' || m.type === 'place') &&
          /^\s+(?:the\s+)?$/.test(ctx.text.slice(verb.end, m.span.start)) &&
          !NATIONALITY_OF.test(ctx.text.slice(m.span.end, m.span.end + 40)),
      )
    )
      return null
    const clause = clauseOf(info, verb)
    const dest = destinationAfter(ctx, info, verb.end, clause.end, true)
    if (!dest) return null
    const draft = makeEvent(ctx, { type: 'visit', ruleId: 'events:visit-bare', trigger: verb, roles: 'guest', host: dest.host, place: dest.place })
    if (!draft || draft.actors.length === 0) return null
    draft.host ??= pairHost(ctx, draft.actors)
    if (draft.host && draft.actors.includes(draft.host)) return null
    return draft
  },
}
