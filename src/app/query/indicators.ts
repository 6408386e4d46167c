import type { Kysely } from 'kysely'
import type { IndicatorMention } from '../../model/types.js'
import type { Database } from '../../store/schema.js'
import { whereInput, type RecordFilter } from './filters.js'
import { pageWithLinks } from './links.js'
import { indicatorWhere } from '../read/indicators.js'
import { indicatorFromRow } from './rows.js'

export interface IndicatorFilter extends RecordFilter {
  indicator?: string | readonly string[]
  unit?: string
}

/** A figure as queries return it: global entity keys, evidence and its document. */
export interface IndicatorResult extends Omit<IndicatorMention, 'kind'> {
  readonly id: string
  readonly doc: string
  readonly source_doc: string
  readonly evidence: string
  readonly pair: string | null
  /** Ids of the conflicts the figure is in: another source gives a value for the same quantity and period that cannot also be true. */
  readonly conflicts: string[]
  /** Ids of agreements: other sources give the same value for the same quantity and period. */
  readonly agreements: string[]
  /** Ids of changes over time: the series of this quantity over periods (values differ, and may). */
  readonly series: string[]
}

/**
 * Figures matching the filter, by indicator then period. `actor` matches the
 * subject or the counterpart; `from`/`to` test the period (an as-of date
 * counts as a one-day period).
 */
export async function listIndicators(db: Kysely<Database>, filter: IndicatorFilter = {}): Promise<IndicatorResult[]> {
  const input = await whereInput(db, filter)
  if (!input) return []
  const where = indicatorWhere(input)
  let q = db
    .selectFrom('indicators')
    .innerJoin('documents', 'documents.id', 'indicators.doc')
    .selectAll('indicators')
    .select('documents.source as source_doc')
    .where(where)
  q = q
    .orderBy('indicators.indicator')
    .orderBy((eb) => eb.fn.coalesce('indicators.period_start', 'indicators.period_as_of'))
    .orderBy('documents.source')
    .orderBy('indicators.span_start')
    .orderBy('indicators.id')
  const { rows, ref } = await pageWithLinks(db, q, filter)
  const ids = rows.map((r) => r.id)
  const members = ids.length
    ? await db
        .selectFrom('conflict_members')
        .innerJoin('conflicts', 'conflicts.id', 'conflict_members.conflict')
        .select(['conflict_members.conflict', 'conflict_members.record', 'conflicts.kind'])
        .where('conflict_members.record', 'in', ids)
        .orderBy('conflict_members.conflict')
        .execute()
    : []
  const of = (id: string, kind: string) => members.filter((m) => m.record === id && m.kind === kind).map((m) => m.conflict)
  return rows.map((row) => {
    const { kind: _kind, ...figure } = indicatorFromRow(row, (k) => ref(row.doc, k))
    return {
      ...figure,
      id: row.id,
      doc: row.doc,
      source_doc: row.source_doc,
      evidence: row.evidence,
      pair: row.pair,
      conflicts: of(row.id, 'conflict'),
      agreements: of(row.id, 'agreement'),
      series: of(row.id, 'change_over_time'),
    }
  })
}
