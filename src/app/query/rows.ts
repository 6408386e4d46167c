import type { Selectable } from 'kysely'
import type { EventMention, IndicatorMention, Period, TimeInterval } from '../../model/types.js'
import type { EventsTable, IndicatorsTable } from '../../store/schema.js'

export type EventRecord = Selectable<EventsTable>
export type IndicatorRecord = Selectable<IndicatorsTable>

/** The time interval stored in three columns, or null. */
export function intervalOf(start: string | null, end: string | null, granularity: string | null): TimeInterval | null {
  if (!start || !end) return null
  return { start, end, granularity: (granularity ?? 'range') as TimeInterval['granularity'] }
}

/** A period stored as start/end or as_of columns, or null. */
export function periodOf(row: { period_start: string | null; period_end: string | null; period_as_of: string | null }): Period | null {
  if (row.period_as_of) return { as_of: row.period_as_of }
  if (row.period_start && row.period_end) return { start: row.period_start, end: row.period_end }
  return null
}

/**
 * Rebuild the pipeline's EventMention from a stored row; `ref` maps the
 * stored document-local keys (e.g. to global entity keys).
 */
export function eventFromRow(row: EventRecord, ref: (key: string) => string = (k) => k): EventMention {
  const actors = (JSON.parse(row.actors) as string[]).map(ref)
  return {
    kind: 'event',
    type: row.type as EventMention['type'],
    cameo: row.cameo,
    plover: row.plover,
    actors: [...new Set(actors)],
    ...(row.source_actors ? { sourceActors: (JSON.parse(row.source_actors) as string[]).map(ref) } : {}),
    ...(row.target_actors ? { targetActors: (JSON.parse(row.target_actors) as string[]).map(ref) } : {}),
    host: row.host ? ref(row.host) : null,
    place: row.place ? ref(row.place) : null,
    when: intervalOf(row.when_start, row.when_end, row.when_granularity),
    ...(row.when_basis ? { whenBasis: row.when_basis as NonNullable<EventMention['whenBasis']> } : {}),
    status: row.status as EventMention['status'],
    count: row.count,
    span: { start: row.span_start, end: row.span_end },
    trigger: { start: row.trigger_start, end: row.trigger_end },
    ruleId: row.rule,
    ...(row.repeat_start != null && row.repeat_end != null ? { repeatOf: { start: Number(row.repeat_start), end: Number(row.repeat_end) } } : {}),
  }
}

/** Rebuild the pipeline's IndicatorMention from a stored row. */
export function indicatorFromRow(row: IndicatorRecord, ref: (key: string) => string = (k) => k): IndicatorMention {
  return {
    kind: 'indicator',
    indicator: row.indicator,
    subject: row.subject ? ref(row.subject) : null,
    counterpart: row.counterpart ? ref(row.counterpart) : null,
    scope: row.scope,
    value: Number(row.value),
    unit: row.unit,
    bound: row.bound as IndicatorMention['bound'],
    period: periodOf(row),
    source: row.source ? ref(row.source) : null,
    span: { start: row.span_start, end: row.span_end },
    convertedFrom: row.converted_start !== null && row.converted_end !== null ? { start: row.converted_start, end: row.converted_end } : null,
    ruleId: row.rule,
  }
}
