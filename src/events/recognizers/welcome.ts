import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn } from '../actors.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'

const PATTERN = /\b(?<verb>welcom(?:ed|es|e|ing))\b/dgi

/** "X welcomed Prime Minister Y to the UAE": Y visits the host country. */
export const welcome: Recognizer<EventDraft> = {
  name: 'welcome',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const verb = groupSpan(match, 'verb')
    const clause = clauseOf(info, verb)
    const after = mentionsIn(ctx, info, { start: verb.end, end: clause.end })
    const guest = after[0]
    if (!guest || guest.type !== 'person') return null
    const dest = after.find((m) => (m.type === 'country' || m.type === 'place') && /\bto\s+(?:the\s+)?$/i.test(ctx.text.slice(guest.span.end, m.span.start).slice(-12)))
    if (!dest) return null
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
