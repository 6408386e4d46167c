import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { homeCountry, namedIn } from '../actors.js'
import { subjectRegion } from '../clause.js'
import { makeEvent, verbClause } from '../make-event.js'

// A verb of announcing, then (after a short stretch: "today", "a few hours earlier") "that".
const PATTERN =
  /\b(?<verb>(?:jointly\s+)?(?:announced|announce|confirmed|confirm|declared|declare|reaffirmed|reaffirm|reiterated|reiterate|stressed|stress|underlined|underline|emphasi[sz]ed|emphasi[sz]e))\s+(?:[^,.;]{0,40}?\s)?that\b/dgi
// The subject names two together: "A and B", "the two presidents", "both leaders".
const TOGETHER = /\band\b|\b(?:the\s+two|both)\s+(?:leaders|presidents|prime ministers|ministers|sides|countries|governments|heads of state)\b/i

/**
 * Two sides saying one thing together: "Fernández and Lula today announced
 * that ...", "the two presidents confirmed that ...". A statement (CAMEO
 * 010) of both, when the subject names persons or bodies of two countries
 * (or two persons, none of a country the text tells);
 * one side announcing is reported by what it announces.
 */
export const jointAnnouncement: Recognizer<EventDraft> = {
  name: 'joint-announcement',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    const region = subjectRegion(ctx.text, clause, verb)
    if (!TOGETHER.test(ctx.text.slice(region.start, region.end))) return null
    // The two are the verb's own subject: no other verb stands between them and it
    // ("Protesters burned effigies and goods ..., after the army confirmed that").
    if (info.tokens.some((t) => t.span.start >= region.start && t.span.end <= region.end && t.pos === 'VERB')) return null
    // Who speaks is the subject; what the that-clause names is what they say.
    const subject = namedIn(ctx, info, region)
    const actors = [...new Set([...subject.persons, ...subject.bodies])]
    // Two sides: two countries; or, when the text tells no one's country, two persons
    // ("Fernández and Lula today announced"). A known side with an unplaced one may be one country.
    const countries = new Set(actors.map((k) => (k.startsWith('country:') ? k : homeCountry(ctx, k))).filter((k) => k !== null))
    const persons = actors.filter((k) => k.startsWith('person:'))
    if (countries.size < 2 && !(countries.size === 0 && persons.length >= 2)) return null
    return makeEvent(ctx, { type: 'statement', subtype: 'comment', ruleId: 'events:joint-announcement', trigger: verb, roles: 'parties', actors })
  },
}
