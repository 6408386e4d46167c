import type { Recognizer } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { countBefore } from '../count.js'
import { makeEvent, verbClause } from '../make-event.js'
import { pairOf } from '../groups.js'

const PATTERN = /\b(?<verb>sign(?:ed|s|ing)?|ink(?:ed|s|ing)?)\b/dgi
const OBJECT =
  /\b(?:agreements?|deals?|accords?|memorand(?:um|a)|MoUs?|MOUs?|treat(?:y|ies)|plans?|documents?|contracts?|pacts?|statements?|declarations?|protocols?|charters?|conventions?|arrangements?|frameworks?|instruments?|programmes?|programs?|letters? of intent|partnerships?|CEPA|FTA)\b/gi
const AUX_BEFORE = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|to|also|jointly|officially|formally|they|we|he|she|it)\s+$/i

/**
 * Signing: "signed a cooperation plan", "witnessed the signing of documents",
 * "nine agreements are expected to be signed", "the 14 documents signed at
 * the end of the meeting". A bare participle after a noun ("agreements
 * signed between the two sides") is only an event with a count or a time.
 */
export const agreementSign: Recognizer<EventDraft> = {
  name: 'agreement-sign',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const found = verbClause(ctx, match)
    if (!found) return null
    const { info, verb, clause } = found
    const clauseText = ctx.text.slice(clause.start, clause.end)
    OBJECT.lastIndex = 0
    const objects: number[] = []
    let o: RegExpExecArray | null
    while ((o = OBJECT.exec(clauseText)) !== null) objects.push(clause.start + o.index)
    if (objects.length === 0) return null
    const after = objects.filter((at) => at >= verb.end)
    const before = objects.filter((at) => at < verb.start)
    const head = ctx.text.slice(Math.max(info.sentence.span.start, verb.start - 20), verb.start)
    const token = info.tokens.find((t) => t.span.start === verb.start)
    const prev = token ? info.tokens[info.tokens.indexOf(token) - 1] : undefined
    const next = token ? info.tokens[info.tokens.indexOf(token) + 1] : undefined
    const objectless = !next || next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX'
    const reduced = /ed$/i.test(match.groups!.verb) && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !AUX_BEFORE.test(head) && objectless
    // Passive and reduced relatives ("nine agreements are expected to be
    // signed", "the 14 documents signed at") have their object before the verb.
    const passive = /\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?$/i.test(head) || reduced
    const noun = passive ? (before[before.length - 1] ?? after[0]) : (after[0] ?? before[before.length - 1])
    const cardinal = countBefore(ctx.text, noun)
    // "signed a preferential trade agreement": one agreement, which tells it
    // apart from "nine agreements" signed the same day.
    const count = cardinal ?? (singular(ctx.text, noun) ? 1 : null)
    if (reduced) {
      const timed = info.times.some((t) => t.value && t.span.start >= verb.end && t.span.start < clause.end && t.span.start - verb.end < 30)
      const anchored = /^\s+(?:at|during|on|in)\s+(?:the\s+)?(?:end|sidelines|margins|ceremony|meeting|summit|talks|visit)\b/i.test(
        ctx.text.slice(verb.end, verb.end + 40),
      )
      if (cardinal === null && !timed && !anchored) return null
    }
    // In the passive the trigger runs from the noun ("agreements are expected to
    // be signed"), so the noun's own reading of the same words merges into it.
    const trigger = passive && noun !== undefined && noun < verb.start && verb.start - noun <= 60 ? { start: noun, end: verb.end } : verb
    const draft = makeEvent(ctx, { type: 'agreement', ruleId: 'events:agreement-sign', trigger, roles: 'parties', count })
    if (!draft) return null
    // Signed by people only ("President Erdogan ... the 14 documents signed"): between their countries.
    if (draft.actors.length > 0 && draft.actors.every((a) => a.startsWith('person:'))) draft.actors.push(...pairOf(ctx))
    // Counted and passive with no one named ("15 agreements are expected to
    // be signed during the visit"): between the article's two countries.
    if (draft.actors.length === 0 && passive && cardinal !== null) draft.actors.push(...pairOf(ctx))
    if (draft.actors.length === 0) return null
    return splitByTime(ctx, draft, info.times, verb.end, clause.end)
  },
}

function singular(text: string, noun: number): boolean {
  const word = /^[\w-]+/.exec(text.slice(noun))?.[0] ?? ''
  if (/s$/i.test(word) && !/^(?:CEPA|FTA|status)$/i.test(word)) return false
  return /\b(?:a|an|the|one)\s+(?:[\w-]+\s+){0,5}$/i.test(text.slice(Math.max(0, noun - 60), noun))
}

/** "signed A in February 2022 and B in July 2023": one agreement per dated object. */
function splitByTime(
  ctx: Parameters<Recognizer<EventDraft>['extract']>[0],
  draft: EventDraft,
  times: readonly { span: { start: number; end: number }; value: EventDraft['when'] }[],
  from: number,
  end: number,
): EventDraft | EventDraft[] {
  const dated = times.filter(
    (t) => t.value && t.span.start >= from && t.span.end <= end && /\b(?:in|on)\s+$/i.test(ctx.text.slice(t.span.start - 4, t.span.start)),
  )
  if (dated.length < 2) return draft
  const out: EventDraft[] = []
  let start = draft.span.start
  for (const t of dated) {
    const piece = ctx.text.slice(start, t.span.start)
    if (out.length > 0 && !/,|\band\b/.test(piece)) return draft
    out.push({ ...draft, when: t.value, ownTime: true, span: { start, end: draft.span.end } })
    start = t.span.end
  }
  return out
}
