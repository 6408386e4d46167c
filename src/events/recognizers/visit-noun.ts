import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { homeCountry } from '../actors.js'
import { clauseOf } from '../clause.js'
import { groupSpan, locate, makeEvent } from '../make-event.js'
import { byPersons, destinationAfter, destinationBefore, hostAndPlace, pairHost, possessor } from '../visit-roles.js'

const PATTERN = /\b(?<noun>visits?|trip|tour)\b/dgi
// Generic talk of visits ("high-level visits", "these visits") names no event.
const FOR_A = /\b(?<opener>for|on|during|while on|in the course of)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i
// "returned to Nairobi on Thursday from a three-day state visit to Tanzania": the subject made that visit.
// bounded: the sentence before the noun.
const BACK_FROM =
  /\b(?:return(?:ed|s|ing)?|arriv(?:ed|es|ing)|came back|comes back|flew back|flew home)\b[^;!?]{0,80}?\b(?:from|after)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}$/i
const GENERIC = /\b(?:these|those|such|frequent|regular|mutual|reciprocal|exchanges? of|exchange|more|many|high-level|delegation|several|numerous)\s+$/i

/** The place the clause's subject travels or arrives to, before the noun ("travel to Beijing ... for a visit"). */
function travelHost(
  ctx: Parameters<Recognizer<EventDraft>['extract']>[0],
  info: Parameters<typeof destinationAfter>[1],
  clause: { start: number; end: number },
  noun: { start: number },
): string | null {
  const before = ctx.text.slice(clause.start, noun.start)
  const m = /\b(?:travel(?:s|led|ed|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|go(?:es|ing)?|went|arriv(?:e|es|ed|ing)|be|expected|due) (?:to|in|for)\s/i.exec(
    before,
  )
  if (!m) return null
  return destinationAfter(ctx, info, clause.start + m.index, noun.start)?.host ?? null
}

/**
 * Visit nouns with a named guest: "Trong's visit to China in November",
 * "the China visit by To Lam", "the visit of Modi to the UAE", "the
 * historic visits by A (October 2022) and B (December 2023)" (one event
 * per guest, each with the date in parentheses after the name).
 */
export const visitNoun: Recognizer<EventDraft> = {
  name: 'visit-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const noun = groupSpan(match, 'noun')
    // A visit promised ("fulfilled his promise that he would visit") is not reported as one.
    if (/\bpromis(?:e|ed|es)\b/i.test(ctx.text.slice(info.sentence.span.start, noun.start))) return null
    const token = info.tokens.find((t) => t.span.start === noun.start)
    if (token && token.pos === 'VERB') return null
    const head = ctx.text.slice(Math.max(info.sentence.span.start, noun.start - 30), noun.start)
    const clause = clauseOf(info, noun)
    const before = destinationBefore(ctx, info, noun)
    // A relative clause on the noun tells something else ("a state visit that officials in Santiago hope ...").
    const relative = /\s(?:that|which|who|whom|where)\s/i.exec(ctx.text.slice(noun.end, clause.end))
    const after = destinationAfter(ctx, info, noun.end, relative ? noun.end + relative.index : clause.end)
    const dest = before ?? after
    const owner = possessor(ctx, info, noun)
    if (owner) {
      const draft = makeEvent(ctx, { type: 'visit', ruleId: 'events:visit-noun', trigger: noun, roles: 'guest', actors: [owner], ...hostAndPlace(dest) })
      if (draft) draft.host ??= pairHost(ctx, draft.actors)
      return draft
    }
    const guests = byPersons(ctx, info, noun.end, clause.end)
    const back = guests.length === 0 && BACK_FROM.test(ctx.text.slice(clause.start, noun.start))
    const forA = FOR_A.exec(head)
    if (guests.length === 0 && (forA || back)) {
      // "X is set to travel to Beijing in January for a state visit": the subject is the guest.
      const draft = makeEvent(ctx, { type: 'visit', ruleId: 'events:visit-noun', trigger: noun, roles: 'guest', ...hostAndPlace(dest) })
      if (!draft || !draft.actors.some((a) => a.startsWith('person:'))) return null
      draft.actors = draft.actors.filter((a) => a.startsWith('person:'))
      // Back from a visit: the place arrived at is home, not the host.
      draft.host ??= (back ? null : travelHost(ctx, info, clause, noun)) ?? pairHost(ctx, draft.actors)
      // "X met Y during a visit to Hanoi": the one at home is the host, not a guest.
      const host = draft.host
      if (host) draft.actors = draft.actors.filter((a) => homeCountry(ctx, a) !== host)
      // "during a visit" names no guest: only a clause with one person says who travelled.
      const during = /^(?:during|while on|in the course of)$/i.test(forA?.groups?.opener ?? '')
      return draft.actors.length > 0 && (!during || draft.actors.length === 1) ? draft : null
    }
    if (guests.length === 0 || (guests.length === 1 && GENERIC.test(head))) return null
    const out: EventDraft[] = []
    for (const guest of guests) {
      const paren = /^\s*\(([^)]{3,40})\)/.exec(ctx.text.slice(guest.span.end, guest.span.end + 45))
      const own = paren ? info.times.find((t) => t.value && t.span.start >= guest.span.end && t.span.end <= guest.span.end + paren[0].length) : undefined
      const draft = makeEvent(ctx, {
        type: 'visit',
        ruleId: 'events:visit-noun',
        trigger: noun,
        roles: 'guest',
        actors: [guest.key],
        ...hostAndPlace(dest),
        when: guests.length > 1 ? (own?.value ?? null) : undefined,
      })
      if (!draft) continue
      if (guests.length > 1 && out.length > 0) draft.span = { start: guest.span.start, end: draft.span.end }
      draft.host ??= pairHost(ctx, draft.actors)
      if (draft.host && draft.actors.includes(draft.host)) continue
      out.push(draft)
    }
    return out
  },
}
