import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { groupSpan, locate, makeEvent, sideIn } from '../make-event.js'

// "..., a charge Kampala swiftly denied", "charges Dushanbe denied", "an accusation Sweden rejects": the
// charge told first, then who turns it away, in a relative clause with no "that". The name between is
// the one denying; the one who charged is the first other side the sentence names before the charge.
const PATTERN =
  /\b(?:charges?|accusations?|allegations?|claims?)\s+(?:(?:that|which)\s+)?(?<who>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:(?:has|have|had)\s+)?(?:(?:swiftly|consistently|strongly|firmly|flatly|repeatedly|always|vehemently|categorically|quickly|promptly)\s+)?(?<verb>denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss)\b/dgu

/** A charge turned away by the side named right before the verb: a denial (016) or a rejection (12). */
export const deniedCharge: Recognizer<EventDraft> = {
  name: 'denied-charge',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const who = groupSpan(match, 'who')
    const source = sideIn(ctx, info, who)
    if (source.length === 0) return null
    const verb = groupSpan(match, 'verb')
    const denial = /^den/i.test(match.groups!.verb!)
    const draft = makeEvent(ctx, {
      type: 'rejection',
      subtype: denial ? 'deny' : null,
      ruleId: 'events:denied-charge',
      trigger: verb,
      roles: 'parties',
      directed: true,
      speech: true,
    })
    if (!draft) return null
    // The one who charged: the first side the sentence names before the charge ("South Sudan accused Uganda ..., a charge Kampala denied").
    const accuser = info.entities
      .filter((m) => m.span.end <= match.index)
      .flatMap((m) => sideIn(ctx, info, m.span))
      .find((k) => !source.includes(k))
    const target = accuser ? [accuser] : (draft.target ?? []).filter((k) => !source.includes(k))
    return { ...draft, actors: [...new Set([...source, ...target, ...draft.actors])], source, target }
  },
}
