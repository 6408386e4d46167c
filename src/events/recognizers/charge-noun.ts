import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import type { Span } from '../../model/types.js'
import { onePairSide } from '../groups.js'
import { countriesIn, groupSpan, locate, makeEvent } from '../make-event.js'

// A charge stated as what an act is, not as a verb of blaming: "the incursion
// is a serious violation of Guyana's sovereignty", "constitutes interference
// in Peru's internal affairs", "tantamount to an act of aggression against
// Kenya", "an affront to Irish sovereignty". The words are those of
// international law and diplomatic protest (sovereignty, territorial
// integrity, internal affairs, aggression), used the same way whoever speaks.
// The match opens at the charge's noun, so other words cost one failed letter; every run of
// words is counted, so it stays linear.
const PATTERN = new RegExp(
  String.raw`\b(?<charge>(?:(?:violations?|breach(?:es)?|infringements?)\s+(?:of|on|upon)\s+(?:[\w'’-]+\s+){0,4}?(?:sovereignty|territorial integrity|international law|(?:the\s+)?(?:UN|United Nations)\s+Charter|(?:the\s+)?Vienna Convention)|interference\s+(?:(?:of|by)\s+(?<by>(?:[\w'’.-]+\s+){1,6}?))?in\s+(?:[\w'’-]+\s+){0,3}?internal affairs|(?:acts?\s+of\s+)?aggression\s+against|(?:an?\s+)?affront\s+to|encroach(?:es|ed|ment|ing)?\s+(?:on|into|upon)\s+(?:[\w'’-]+\s+){0,3}?(?:territorial waters|territory|airspace|sovereignty)))`,
  'dgiu',
)

// A verb of blaming before the charge makes it that verb's complement ("condemned the
// raid as a violation of its sovereignty"): the lexicon reads the act there.
// bounded: read on the 160 characters before the charge.
const BLAMED_BEFORE =
  /\b(?:condemn|denounc|criticis|criticiz|accus|slam|blast|describ|termed|terms|calling|called|calls|brand|label|decr|deplor|protest|reject)\w*\b[^.;]{0,120}$/i
// Who says it: the subject of a verb of saying before the charge.
// bounded: the text between the sentence start and the charge (a sentence).
const SAYING = /\b(?:said|says|say|stated|states|declared|noted|insisted|warned|claimed|maintained|argued|stressed|added|told|wrote)\b/i
// Or after it: "..., the ministry said", "..., said the official".
// bounded: the 200 characters after the charge.
const SAID_AFTER =
  /^[^.;]{0,160}?[,’”"'](?:\s*[,’”"'])?\s+(?:(?:said|says|added|stated|declared|noted|wrote)\s+(?<after>[^,.;]{1,80})|(?<before>[^,.;"“”]{1,80}?)\s+(?:said|says|added|stated|declared|noted|wrote)\b)/i
const NEGATED_BEFORE = /\b(?:not|no|never|neither|nor|n['’]t)\s+(?:\w+\s+){0,2}$/i

/**
 * An accusation (CAMEO 11) whose charge is a noun of international law:
 * the side whose sovereignty, territory or affairs were wronged (or else
 * the speaker) accuses the side whose act it names.
 */
export const chargeNoun: Recognizer<EventDraft> = {
  name: 'charge-noun',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const info = locate(ctx, match.index)
    if (!info) return null
    const charge = groupSpan(match, 'charge')
    const sentence = info.sentence.span
    const head = ctx.text.slice(Math.max(sentence.start, charge.start - 160), charge.start)
    if (BLAMED_BEFORE.test(head) || NEGATED_BEFORE.test(head)) return null
    const sides = (span: Span) => countriesIn(ctx, info, span)
    // The wronged: named in the charge or right after it ("of Somalia", "against the people of Kenya").
    const wronged = sides({ start: charge.start, end: Math.min(sentence.end, charge.end + 60) })
    // The speaker: before a verb of saying that comes before the charge, or after the quotation.
    const leading = SAYING.exec(ctx.text.slice(sentence.start, charge.start))
    const saidAt = leading ? sentence.start + leading.index : null
    let speaker = saidAt !== null ? sides({ start: sentence.start, end: saidAt }) : []
    if (speaker.length === 0) {
      const after = SAID_AFTER.exec(ctx.text.slice(charge.end, Math.min(sentence.end, charge.end + 260)))
      const who = after?.indices?.groups?.after ?? after?.indices?.groups?.before
      if (who) speaker = sides({ start: charge.end + who[0], end: charge.end + who[1] })
    }
    // The wrongdoer: named by the charge ("interference of Ethiopia's government") or
    // between the verb of saying and the charge ("the actions by Malaysia are ...").
    const by = match.indices?.groups?.by
    const doer = by ? sides({ start: by[0], end: by[1] }) : sides({ start: saidAt !== null ? saidAt : sentence.start, end: charge.start })
    let source = (wronged.length > 0 ? wronged : speaker).filter((k) => !doer.includes(k))
    if (source.length === 0) source = speaker.filter((k) => !doer.includes(k))
    const target = doer.filter((k) => !source.includes(k))
    // "The move is tantamount to an act of aggression against Kenya": the act named no one;
    // in a story of two countries the other one did it (pair-sides names it).
    if (source.length === 0 || (target.length === 0 && !onePairSide(ctx, source))) return null
    const draft = makeEvent(ctx, {
      type: 'accusation',
      ruleId: 'events:charge-noun',
      trigger: charge,
      roles: 'parties',
      actors: [...source, ...target],
      speech: true,
    })
    return draft ? { ...draft, source, target } : null
  },
}
