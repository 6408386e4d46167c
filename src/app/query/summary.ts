import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'

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
