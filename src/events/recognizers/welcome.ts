import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EntityMention, Span } from '../../model/types.js'
import type { SentenceInfo } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { TITLE_GAP, guestAmong } from '../guest.js'
import { makeEvent, verbClause } from '../make-event.js'

const PATTERN = /\b(?<verb>welcom(?:ed|es|e|ing)|greet(?:ed|s)?)\b/dgi
// "welcomed X's remarks", "welcomed X, who ...": the person is not the one received.
const NOT_GUEST = /^\s*(?:['’]s\b|,\s*who\b)/i

/**
 * "X welcomed Prime Minister Y to the UAE": Y visits the host country.
 * "X welcomed Y at the palace", "X greeted Y on arrival": a meeting of the
 * two, when both are persons and Y follows the verb with titles only.
 */
export const welcome: Recognizer<EventDraft> = {
  name: 'welcome',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    const after = mentionsIn(ctx, info, { start: verb.end, end: clause.end })
    const guest = guestAmong(after)
    if (!guest) return null
    const dest = after.find(
      (m) => (m.type === 'country' || m.type === 'place') && /\bto\s+(?:the\s+)?$/i.test(ctx.text.slice(guest.span.end, m.span.start).slice(-12)),
    )
    if (!dest) return hostMeets(ctx, info, verb, clause, guest)
    const host = dest.type === 'country' ? dest.key : dest.country ? `country:${dest.country}` : null
    return makeEvent(ctx, {
      type: 'visit',
      ruleId: 'events:welcome',
      trigger: verb,
      roles: 'guest',
      actors: [guest.key],
      host,
      place: dest.type === 'place' ? dest.key : null,
    })
  },
}

/** The host, a person before the verb, receives the guest named right after it. */
function hostMeets(ctx: Parameters<typeof makeEvent>[0], info: SentenceInfo, verb: Span, clause: Span, guest: EntityMention): EventDraft | null {
  if (!TITLE_GAP.test(ctx.text.slice(verb.end, guest.span.start)) || NOT_GUEST.test(ctx.text.slice(guest.span.end, guest.span.end + 12))) return null
  const hosts = mentionsIn(ctx, info, { start: clause.start, end: verb.start }).filter((m) => m.type === 'person')
  if (hosts.length === 0) return null
  const draft = makeEvent(ctx, { type: 'meeting', ruleId: 'events:welcome', trigger: verb, roles: 'people' })
  return draft && draft.actors.length > 1 ? draft : null
}
