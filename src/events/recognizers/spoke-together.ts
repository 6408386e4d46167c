import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { homeCountry, mentionsIn } from '../actors.js'
import { makeEvent, verbClause } from '../make-event.js'

// Two people who spoke to each other, both named as the subject: "the two
// foreign ministers, X and Y, spoke twice in a day", "A and B have spoken
// several times since". contact-verb.ts reads the transitive form ("X spoke
// with Y") and phone-call.ts a call ("talked by phone"); here nothing but how,
// how often or when may follow the verb ("spoke about", "spoke to reporters"
// are not this).
const PATTERN =
  /\b(?<verb>spoke|talked|conferred|have spoken|had spoken|have talked|had talked)(?=\s+(?:twice|again|(?:\w+\s+)?times|briefly|at length|privately|separately|for\s+(?:about\s+|nearly\s+|more than\s+|over\s+)?(?:an?|one|two|three|\d+)\s+(?:hours?|minutes)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|last\s+\w+|earlier|later)\b|\s*[.;])/dg

/** "X and Y spoke twice in less than 24 hours": talks (CAMEO 040). */
export const spokeTogether: Recognizer<EventDraft> = {
  name: 'spoke-together',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    // The subject: the persons before the verb in its clause, joined by "and", of two countries.
    const persons = mentionsIn(ctx, info, { start: clause.start, end: verb.start }).filter((m) => m.type === 'person')
    if (persons.length < 2 || !/\band\b/.test(ctx.text.slice(persons[0]!.span.end, persons[persons.length - 1]!.span.start))) return null
    const actors = [...new Set(persons.map((m) => m.key))]
    const countries = new Set(actors.map((k) => homeCountry(ctx, k)).filter((k) => k !== null))
    if (actors.length < 2 || countries.size < 2) return null
    return makeEvent(ctx, { type: 'talks', ruleId: 'events:spoke-together', trigger: verb, roles: 'people', actors })
  },
}
