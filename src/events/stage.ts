import type { EventMention, Span } from '../model/types.js'
import { recognize } from '../pipeline/recognizer.js'
import type { Stage } from '../pipeline/stage.js'
import { codeFor } from './codes.js'
import { EVENT_RECOGNIZERS, EVENT_REFINERS } from './config.js'
import type { EventDraft } from './draft.js'
import { isAsserted } from './modality.js'

/** A finished draft as the shared EventMention, with its codes; `repeatOf` is the main mention's final span. */
export function toMention(d: EventDraft, repeatOf?: Span | null): EventMention {
  const code = codeFor(d.type, d.subtype)
  const mention: EventMention = {
    kind: 'event',
    type: d.type,
    cameo: code.cameo,
    plover: code.plover,
    actors: [...d.actors],
    ...(d.source && d.source.length > 0 ? { sourceActors: [...d.source] } : {}),
    ...(d.target && d.target.length > 0 ? { targetActors: [...d.target] } : {}),
    ...(d.modality && d.modality !== 'asserted' ? { modality: d.modality } : {}),
    host: d.host,
    place: d.place,
    when: d.when,
    ...(d.when && d.whenBasis ? { whenBasis: d.whenBasis } : {}),
    status: d.status,
    count: d.count,
    span: d.span,
    trigger: d.trigger,
    ruleId: d.ruleId,
  }
  return repeatOf ? { ...mention, repeatOf } : mention
}

/**
 * Record ids derive from document, type and span: two events of one type in
 * one clause ("signed a memorandum and inked three contracts") get evidence
 * starting at their own trigger, so each keeps its own id.
 */
function distinctEvidence(drafts: EventDraft[]): EventDraft[] {
  const seen = new Set<string>()
  return drafts.map((d) => {
    let out = d
    let key = `${d.type}|${d.span.start}|${d.span.end}`
    if (seen.has(key)) {
      out = { ...d, span: { start: d.trigger.start, end: d.span.end } }
      key = `${d.type}|${out.span.start}|${out.span.end}`
      for (let shift = 1; seen.has(key); shift++) {
        out = { ...out, span: { start: d.trigger.start + shift, end: d.span.end } }
        key = `${d.type}|${out.span.start}|${out.span.end}`
      }
    }
    seen.add(key)
    return out
  })
}

/**
 * The events stage: every recognizer over the document text, the refiners
 * over all drafts, then the drafts as EventMentions in document order.
 * Reads ctx.sentences/tokens (text), ctx.times (time), ctx.entities and
 * ctx.actors (entities).
 */
export const eventStage: Stage = {
  name: 'events',
  run(ctx) {
    if (ctx.sentences.length === 0) return
    const all = recognize<EventDraft>(ctx, EVENT_RECOGNIZERS, EVENT_REFINERS)
    // Negated, denied and hypothetical mentions are kept apart: never events.
    const drafts = all.filter((d) => isAsserted(d.modality))
    const unasserted = all.filter((d) => !isAsserted(d.modality) && !d.repeatOf && d.actors.length > 0)
    ctx.unassertedEvents.push(...distinctEvidence(unasserted.sort((a, b) => a.span.start - b.span.start)).map((d) => toMention(d)))
    const withActors = new Set(drafts.filter((d) => d.actors.length > 0))
    // A repeat goes with its main mention: none without it.
    const kept = [...withActors]
      .filter((d) => !d.repeatOf || withActors.has(d.repeatOf))
      .sort((a, b) => a.span.start - b.span.start || a.trigger.start - b.trigger.start)
    const finals = distinctEvidence(kept)
    const spanOf = new Map(kept.map((d, i) => [d, finals[i].span]))
    const events = finals.map((d, i) => toMention(d, kept[i].repeatOf ? spanOf.get(kept[i].repeatOf!) : null))
    ctx.events.push(...events)
    ctx.debug(() => `events: ${events.length}`)
  },
}
