import type { Kysely } from 'kysely'
import { reconcileIndicators, type StoredIndicator } from '../../resolve/indicators.js'
import type { Database } from '../../store/schema.js'
import { insertMany } from '../../store/write-document.js'
import { recordId } from '../../util/ids.js'
import { loadLinks } from '../query/links.js'
import { indicatorFromRow } from '../query/rows.js'
import { uniqueBlocks, type Block } from './blocks.js'

/**
 * Recompute conflicts (and changes over time) among the figures of the
 * given blocks (pair + indicator: only figures of one indicator can
 * disagree), replacing the block's previous ones.
 */
export async function refreshConflicts(db: Kysely<Database>, blocks: readonly Block[]): Promise<void> {
  for (const { pair, kind } of uniqueBlocks(blocks)) {
    const wherePair = (eb: any) => (pair === null ? eb('indicators.pair', 'is', null) : eb('indicators.pair', '=', pair))
    const old = await db
      .selectFrom('conflict_members')
      .innerJoin('indicators', 'indicators.id', 'conflict_members.record')
      .select('conflict_members.conflict')
      .distinct()
      .where(wherePair)
      .where('indicators.indicator', '=', kind)
      .execute()
    if (old.length > 0) {
      const ids = old.map((o) => o.conflict)
      await db.deleteFrom('conflict_members').where('conflict', 'in', ids).execute()
      await db.deleteFrom('conflicts').where('id', 'in', ids).execute()
    }
    const rows = await db.selectFrom('indicators').selectAll().where(wherePair).where('indicator', '=', kind).orderBy('id').execute()
    if (rows.length === 0) continue
    const ref = await loadLinks(db, rows.map((r) => r.doc))
    const stored: StoredIndicator[] = rows.map((r) => ({ id: r.id, doc: r.doc, indicator: indicatorFromRow(r, (k) => ref(r.doc, k)) }))
    const conflicts = reconcileIndicators(stored)
    const seen = new Set<string>()
    const records = conflicts.flatMap((c) => {
      const members = [...c.indicators, ...c.events].sort()
      const id = recordId(pair ?? '', 'kconflict', { start: 0, end: 0 }, `${c.kind}|${c.about}|${members.join(',')}`)
      if (seen.has(id)) return []
      seen.add(id)
      return [{ id, c }]
    })
    await insertMany(db, 'conflicts', records.map(({ id, c }) => ({ id, kind: c.kind, about: c.about, note: c.note, pair })))
    await insertMany(
      db,
      'conflict_members',
      records.flatMap(({ id, c }) => [
        ...[...new Set(c.indicators)].map((record) => ({ conflict: id, record, kind: 'indicator' })),
        ...[...new Set(c.events)].filter((e) => !c.indicators.includes(e)).map((record) => ({ conflict: id, record, kind: 'event' })),
      ]),
    )
  }
}
