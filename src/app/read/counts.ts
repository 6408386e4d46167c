import type { Database } from '../../store/schema.js'
import { toCount, type Db } from './db.js'

/** How many records of each kind the store holds: `dyad summary` prints them, /api/stats answers with them. */
export interface StoreCounts {
  documents: number
  entities: number
  entity_mentions: number
  time_mentions: number
  events: number
  /** Real events: one per cluster, and each event resolution has not yet placed in one. */
  clusters: number
  indicators: number
  /** Figures of one quantity and period that cannot all be true. */
  conflicts: number
  /** Figures of one quantity and period from several sources that agree. */
  agreements: number
  /** Quantities stated for several periods (a change over time, not a conflict). */
  changes_over_time: number
  diagnostics: number
}

async function rows(db: Db, table: keyof Database): Promise<number> {
  const r = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()
  return toCount(r?.n)
}

/** Stored comparisons of one kind: only `conflict` means the sources cannot all be right. */
async function comparisons(db: Db, kind: 'conflict' | 'agreement' | 'change_over_time'): Promise<number> {
  const r = await db
    .selectFrom('conflicts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('kind', '=', kind)
    .executeTakeFirst()
  return toCount(r?.n)
}

export async function storeCounts(db: Db): Promise<StoreCounts> {
  const clusters = await db
    .selectFrom('events')
    .select((eb) => eb.fn.count('cluster').distinct().as('n'))
    .executeTakeFirst()
  const lone = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('cluster', 'is', null)
    .executeTakeFirst()
  return {
    documents: await rows(db, 'documents'),
    entities: await rows(db, 'entities'),
    entity_mentions: await rows(db, 'entity_mentions'),
    time_mentions: await rows(db, 'time_mentions'),
    events: await rows(db, 'events'),
    clusters: toCount(clusters?.n) + toCount(lone?.n),
    indicators: await rows(db, 'indicators'),
    conflicts: await comparisons(db, 'conflict'),
    agreements: await comparisons(db, 'agreement'),
    changes_over_time: await comparisons(db, 'change_over_time'),
    diagnostics: await rows(db, 'diagnostics'),
  }
}

/** Documents, events or figures per stored pair (`country:CN,country:VN`); records of no pair are not counted. */
export async function perPair(db: Db, table: 'documents' | 'events' | 'indicators'): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom(table)
    .select((eb) => ['pair', eb.fn.countAll().as('n')])
    .where('pair', 'is not', null)
    .groupBy('pair')
    .execute()
  return new Map(rows.map((r) => [r.pair!, toCount(r.n)]))
}
