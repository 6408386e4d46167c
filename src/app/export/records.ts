import { figureFields } from '../../model/figure-fields.js'
import type { EventMention, IndicatorMention } from '../../model/types.js'

/**
 * The exported form of one event mention (the shape score.py reads), shared
 * by the in-memory export and the export from the store so they cannot drift.
 */
export function exportedEvent(id: string, doc: string, e: EventMention, cluster: string | null) {
  return {
    id,
    doc,
    type: e.type,
    cameo: e.cameo,
    plover: e.plover,
    actors: e.actors,
    /** Directed events: who acts and on whom (null when undirected). */
    source: e.sourceActors ? [...new Set(e.sourceActors)] : null,
    target: e.targetActors ? [...new Set(e.targetActors)] : null,
    ...(e.modality ? { modality: e.modality } : {}),
    host: e.host ?? null,
    place: e.place ?? null,
    when: e.when,
    /** stated, embedding, inherited or article: how the time was reached (null: not recorded, stores before migration 008). */
    when_basis: e.when ? (e.whenBasis ?? null) : null,
    status: e.status,
    count: e.count,
    span: e.span,
    trigger: e.trigger,
    cluster,
    /** The main mention's span when this one restates it (the scorer ignores it). */
    repeat_of: e.repeatOf ?? null,
    rule: e.ruleId,
  }
}

/** The exported form of one figure. */
export function exportedIndicator(id: string, doc: string, i: IndicatorMention) {
  return {
    id,
    doc,
    ...figureFields(i),
    period: i.period,
    source: i.source,
    span: i.span,
    converted_from: i.convertedFrom ?? null,
    rule: i.ruleId,
  }
}
