import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'

/** How many rows each kind of record has in the store. */
export interface StoreSummary {
  documents: number
  entities: number
  entity_mentions: number
  time_mentions: number
  events: number
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

export async function storeSummary(db: Kysely<Database>): Promise<StoreSummary> {
  const count = async (table: keyof Database) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const kind = async (k: string) =>
    Number(
      (
        await db
          .selectFrom('conflicts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('kind', '=', k)
          .executeTakeFirstOrThrow()
      ).n,
    )
  const clusters = await db
    .selectFrom('events')
    .select((eb) => eb.fn.count<number>('cluster').distinct().as('n'))
    .executeTakeFirstOrThrow()
  return {
    documents: await count('documents'),
    entities: await count('entities'),
    entity_mentions: await count('entity_mentions'),
    time_mentions: await count('time_mentions'),
    events: await count('events'),
    clusters: Number(clusters.n),
    indicators: await count('indicators'),
    conflicts: await kind('conflict'),
    agreements: await kind('agreement'),
    changes_over_time: await kind('change_over_time'),
    diagnostics: await count('diagnostics'),
  }
}

/** The pairs in the store with their document, event and figure counts. */
export async function listPairs(db: Kysely<Database>): Promise<{ pair: string; documents: number; events: number; indicators: number }[]> {
  const docs = await db
    .selectFrom('documents')
    .select(['pair', (eb) => eb.fn.countAll<number>().as('n')])
    .where('pair', 'is not', null)
    .groupBy('pair')
    .execute()
  const events = await db
    .selectFrom('events')
    .select(['pair', (eb) => eb.fn.countAll<number>().as('n')])
    .where('pair', 'is not', null)
    .groupBy('pair')
    .execute()
  const figures = await db
    .selectFrom('indicators')
    .select(['pair', (eb) => eb.fn.countAll<number>().as('n')])
    .where('pair', 'is not', null)
    .groupBy('pair')
    .execute()
  const n = (rows: { pair: string | null; n: number }[], pair: string) => Number(rows.find((r) => r.pair === pair)?.n ?? 0)
  return docs
    .map((d) => ({ pair: d.pair!, documents: Number(d.n), events: n(events, d.pair!), indicators: n(figures, d.pair!) }))
    .sort((a, b) => b.documents - a.documents || (a.pair < b.pair ? -1 : 1))
}
