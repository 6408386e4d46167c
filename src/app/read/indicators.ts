import type { ExpressionBuilder, SqlBool } from 'kysely'
import type { Pair } from '../../model/pair.js'
import { sql } from '../../store/kysely.js'
import { listConflicts as queryConflicts } from '../query/conflicts.js'
import type { Database } from '../../store/schema.js'
import type { ConflictRecord, EventRecord, IndicatorRecord } from './records.js'
import { chunks, listOf, pairAndDoc, spanOfRow, splitPair, toCount, unique, type Db } from './db.js'
import { eventRecords } from './events.js'
import { recordRefs } from './refs.js'

export type IndicatorRow = Database['indicators']

export interface IndicatorFilters {
  pair?: Pair
  /** Only the figures of this document. */
  doc?: string
  indicator?: string | readonly string[]
  unit?: string
  /** ISO day: the period must end (or the as-of date fall) on or after it. */
  from?: string
  /** ISO day: the period must start (or the as-of date fall) on or before it. */
  to?: string
  /** Global entity keys (src/app/query resolveActor): the subject or the counterpart is one of them. */
  actors?: readonly string[]
}

type IndicatorsEb = ExpressionBuilder<Database, 'indicators'>

/** The where-clause of every figure query (API, CLI, brief); every value is a bound parameter. */
export function indicatorWhere(f: IndicatorFilters) {
  return (eb: IndicatorsEb) => {
    const all = pairAndDoc('indicators', f)
    if (f.indicator) all.push(eb('indicators.indicator', 'in', listOf(f.indicator)))
    if (f.unit) all.push(eb('indicators.unit', '=', f.unit))
    if (f.from) all.push(eb.or([eb('indicators.period_end', '>=', f.from), eb('indicators.period_as_of', '>=', f.from)]))
    if (f.to) all.push(eb.or([eb('indicators.period_start', '<=', f.to), eb('indicators.period_as_of', '<=', f.to)]))
    if (f.actors) {
      const keys = [...f.actors]
      if (keys.length === 0) all.push(sql<SqlBool>`1 = 0`)
      else
        all.push(
          eb.or([
            eb('indicators.subject', 'in', keys),
            eb('indicators.counterpart', 'in', keys),
            // a document-local key linked to one of the entities
            eb.exists(
              eb
                .selectFrom('entity_links')
                .select('entity_links.key')
                .whereRef('entity_links.doc', '=', 'indicators.doc')
                .where((w) => w.or([w('entity_links.key', '=', w.ref('indicators.subject')), w('entity_links.key', '=', w.ref('indicators.counterpart'))]))
                .where('entity_links.entity', 'in', keys),
            ),
          ]),
        )
    }
    return eb.and(all)
  }
}

/** The most figures one series request reads. */
export const SERIES_MAX_FIGURES = 10_000

/** Stored figures -> API records: entities resolved, documents attached. */
export async function indicatorRecords(db: Db, rows: readonly IndicatorRow[]): Promise<IndicatorRecord[]> {
  const { docs, resolver } = await recordRefs(
    db,
    rows.map((r) => r.doc),
  )
  return rows.map((r) => ({
    id: r.id,
    doc: r.doc,
    document: docs.get(r.doc) ?? { id: r.doc, title: null, lead: null, outlet: null, source: '', url: null, published: null },
    indicator: r.indicator,
    subject: resolver.ref(r.doc, r.subject),
    counterpart: resolver.ref(r.doc, r.counterpart),
    scope: r.scope,
    value: Number(r.value),
    unit: r.unit,
    bound: r.bound,
    period: r.period_as_of ? { as_of: r.period_as_of } : r.period_start && r.period_end ? { start: r.period_start, end: r.period_end } : null,
    source: resolver.ref(r.doc, r.source),
    span: spanOfRow(r),
    convertedFrom: r.converted_start !== null && r.converted_end !== null ? { start: Number(r.converted_start), end: Number(r.converted_end) } : null,
    evidence: r.evidence,
    pair: splitPair(r.pair),
    rule: r.rule,
  }))
}

/** Figures matching the filters, in a stable order. */
export async function findIndicators(db: Db, f: IndicatorFilters): Promise<{ records: IndicatorRecord[]; truncated: boolean }> {
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where(indicatorWhere(f))
    .orderBy('indicator')
    .orderBy(sql`coalesce(period_start, period_as_of)`)
    .orderBy('id')
    .limit(SERIES_MAX_FIGURES + 1)
    .execute()
  return { records: await indicatorRecords(db, rows.slice(0, SERIES_MAX_FIGURES)), truncated: rows.length > SERIES_MAX_FIGURES }
}

export async function countIndicators(db: Db): Promise<number> {
  const r = await db
    .selectFrom('indicators')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()
  return toCount(r?.n)
}

/**
 * Conflicts (and agreements, changes over time) from the query module, with
 * their member figures and events in full.
 */
export async function listConflicts(db: Db, f: { kind?: string; pair?: Pair; ids?: readonly string[] }): Promise<ConflictRecord[]> {
  const wanted = f.ids ? new Set(f.ids) : null
  if (wanted && wanted.size === 0) return []
  const conflicts = (await queryConflicts(db, { ...(f.kind ? { kind: f.kind } : {}), ...(f.pair ? { pair: f.pair.stored } : {}) })).filter(
    (c) => !wanted || wanted.has(c.id),
  )
  const indicators = new Map<string, IndicatorRecord>()
  for (const part of chunks(unique(conflicts.flatMap((c) => c.indicators))))
    for (const r of await indicatorRecords(db, await db.selectFrom('indicators').selectAll().where('id', 'in', part).execute())) indicators.set(r.id, r)
  const events = new Map<string, EventRecord>()
  for (const part of chunks(unique(conflicts.flatMap((c) => c.events))))
    for (const r of await eventRecords(db, await db.selectFrom('events').selectAll().where('id', 'in', part).execute())) events.set(r.id, r)
  return conflicts.map((c) => ({
    id: c.id,
    kind: c.kind,
    about: c.about,
    note: c.note,
    pair: splitPair(c.pair),
    indicators: c.indicators.flatMap((id) => (indicators.has(id) ? [indicators.get(id)!] : [])),
    events: c.events.flatMap((id) => (events.has(id) ? [events.get(id)!] : [])),
  }))
}

/**
 * The ids of the comparisons (conflicts, agreements, changes over time) each
 * figure belongs to; `kind` keeps one kind only.
 */
export async function conflictsOf(
  db: Db,
  indicatorIds: readonly string[],
  kind?: 'conflict' | 'agreement' | 'change_over_time',
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const part of chunks(unique(indicatorIds))) {
    let q = db
      .selectFrom('conflict_members')
      .innerJoin('conflicts', 'conflicts.id', 'conflict_members.conflict')
      .select(['conflict_members.conflict', 'conflict_members.record'])
      .where('conflict_members.kind', '=', 'indicator')
      .where('conflict_members.record', 'in', part)
    if (kind) q = q.where('conflicts.kind', '=', kind)
    for (const r of await q.execute()) out.set(r.record, [...(out.get(r.record) ?? []), r.conflict])
  }
  return out
}
