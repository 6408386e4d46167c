import { TITLES } from '../../entities/gazetteer/lexicon.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { mentionsIn, pronounPerson } from '../actors.js'
import { makeEvent, verbClause } from '../make-event.js'

// "spoke with", "talked to", "conferred with", "was in touch with", "had been in contact with".
const PATTERN =
  /\b(?:(?<verb>spoke|speak|speaks|speaking|spoken|talked|talk|talking|conferred|confer|confers)(?<medium>\s+(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|by\s+video(?:\s*link)?|virtually|again|separately|briefly|also|later))?\s+(?:with|to)|(?:is|are|was|were|been|be|get|got|gets|getting|remain|remained|remains|stay|stayed|keep|kept)\s+in\s+(?<state>touch|contact)\s+with)\s/dgi
// Between the preposition and the partner: titles ("Chinese leader", "top
// diplomat"), a nationality, "his counterpart". Every word of a title in
// the entities' list of titles may stand there.
const GAP_WORDS = new Set([
  ...TITLES.flatMap((t) => t.split(/[ -]+/)),
  ...['his', 'her', 'their', 'the', 'its', 'visiting', 'counterpart', 'opposite', 'number', 'of', 'top', 'senior', 'environment'],
])
const PARTNER_GAP = /^(?:[\p{L}'’.-]+\s+){0,8}$/u
const gapAllowed = (gap: string): boolean =>
  PARTNER_GAP.test(gap) && gap.split(/\s+/).every((w) => w === '' || /^\p{Lu}/u.test(w) || GAP_WORDS.has(w.toLowerCase()))
// A partner named by role only: "his French counterpart", "the Polish opposite number".
const ROLE_ONLY =
  /^\s+(?:counterpart|opposite number|foreign minister|prime minister|president|premier|chancellor|minister|ambassador|envoy|officials|authorities|government)\b/i
const BY_PHONE = /phone|video|virtually/i
const MEDIUM_AFTER = /^[^.;]{0,20}?\b(?:by|over|on)\s+(?:the\s+)?(?:tele)?phone\b|^[^.;]{0,20}?\bby\s+video(?:\s*link)?\b/i
const PRONOUN = /\b(?:he|she)\b/i

/**
 * Two sides in contact: "Ishiba later spoke to his South Korean
 * counterpart Han", "the ambassador had been in touch with Beaune", "the
 * ministers talked by phone with ...". A consultation (CAMEO 040), a call
 * when the sentence says by phone. The partner must be a person, or a
 * nationality before a role ("his French counterpart"): "spoke to
 * reporters" and "talked about trade" are no contact between the two.
 */
export const contactVerb: Recognizer<EventDraft> = {
  name: 'contact-verb',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match, match.groups!.verb ? 'verb' : 'state')
    if (!found) return null
    const { info, verb, clause } = found
    const from = match.index + match[0].length
    const after = mentionsIn(ctx, info, { start: from, end: clause.end })
    const named = after.findIndex((m) => m.type === 'person')
    const roleOnly = after.findIndex((m) => m.type === 'country' && ROLE_ONLY.test(ctx.text.slice(m.span.end, m.span.end + 24)))
    const at = named >= 0 && after.slice(0, named).every((m) => m.type === 'country') ? named : roleOnly
    const partner = after[at]
    if (!partner || after.slice(0, at).some((m) => m.type !== 'country')) return null
    if (!gapAllowed(ctx.text.slice(from, partner.span.start))) return null
    const before = mentionsIn(ctx, info, { start: clause.start, end: verb.start })
    // Each side by its persons, else by the country it stands for ("the British ambassador").
    const persons = before.filter((m) => m.type === 'person')
    const own = (persons.length > 0 ? persons : before.filter((m) => m.type === 'country').slice(0, 1)).map((m) => m.key)
    const pronoun = PRONOUN.exec(ctx.text.slice(clause.start, verb.start))
    const referent = own.length === 0 && pronoun ? pronounPerson(ctx, clause.start + pronoun.index) : null
    if (referent) own.push(referent)
    if (own.length === 0) return null
    const actors = [...new Set([...own, partner.key])]
    if (actors.length < 2) return null
    // "spoke with X by phone": the medium may follow the partner.
    const call = BY_PHONE.test(match.groups!.medium ?? '') || MEDIUM_AFTER.test(ctx.text.slice(partner.span.end, Math.min(clause.end, partner.span.end + 40)))
    return makeEvent(ctx, { type: call ? 'phone_call' : 'talks', ruleId: 'events:contact-verb', trigger: verb, roles: 'people', actors })
  },
}
