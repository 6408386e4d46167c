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
  // Built key by key, not with conditional spreads: resolution rebuilds every mention it
  // clusters or dates (tens of thousands in a large ingest), and V8 builds `...(c ? {...} : {})`
  // on a slow path. The keys keep the order the spreads gave (exports print them in it).
  const event: Record<string, unknown> = {
    kind: 'event',
    type: row.type,
    cameo: row.cameo,
    plover: row.plover,
    actors: [...new Set((JSON.parse(row.actors) as string[]).map(ref))],
  }
  if (row.source_actors) event.sourceActors = (JSON.parse(row.source_actors) as string[]).map(ref)
  if (row.target_actors) event.targetActors = (JSON.parse(row.target_actors) as string[]).map(ref)
  event.host = row.host ? ref(row.host) : null
  event.place = row.place ? ref(row.place) : null
  event.when = intervalOf(row.when_start, row.when_end, row.when_granularity)
  if (row.when_basis) event.whenBasis = row.when_basis
  event.status = row.status
  event.count = row.count
  event.span = { start: row.span_start, end: row.span_end }
  event.trigger = { start: row.trigger_start, end: row.trigger_end }
  event.ruleId = row.rule
  if (row.repeat_start != null && row.repeat_end != null) event.repeatOf = { start: Number(row.repeat_start), end: Number(row.repeat_end) }
  return event as unknown as EventMention
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
