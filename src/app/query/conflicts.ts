import type { Kysely } from 'kysely'
import type { Conflict } from '../../model/types.js'
import type { Pair } from '../../model/pair.js'
import type { Database } from '../../store/schema.js'
import { parsePair } from '../pair.js'

/** Conflicts and changes over time among figures (and events), with their members. */
export async function listConflicts(
  db: Kysely<Database>,
  filter: { pair?: string | Pair; kind?: string } = {},
): Promise<(Conflict & { id: string; pair: string | null })[]> {
  let q = db.selectFrom('conflicts').selectAll()
  if (filter.pair) q = q.where('pair', '=', parsePair(filter.pair))
  if (filter.kind) q = q.where('kind', '=', filter.kind)
  const rows = await q.orderBy('id').execute()
  if (rows.length === 0) return []
  const members = await db
    .selectFrom('conflict_members')
    .selectAll()
    .where(
      'conflict',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('record')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as Conflict['kind'],
    about: r.about,
    note: r.note,
    pair: r.pair,
    indicators: members.filter((m) => m.conflict === r.id && m.kind === 'indicator').map((m) => m.record),
    events: members.filter((m) => m.conflict === r.id && m.kind === 'event').map((m) => m.record),
  }))
}
