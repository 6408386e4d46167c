import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { perPair } from '../read/counts.js'

/** The pairs in the store with their document, event and figure counts. */
export async function listPairs(db: Kysely<Database>): Promise<{ pair: string; documents: number; events: number; indicators: number }[]> {
  const [docs, events, figures] = [await perPair(db, 'documents'), await perPair(db, 'events'), await perPair(db, 'indicators')]
  return [...docs]
    .map(([pair, documents]) => ({ pair, documents, events: events.get(pair) ?? 0, indicators: figures.get(pair) ?? 0 }))
    .sort((a, b) => b.documents - a.documents || (a.pair < b.pair ? -1 : 1))
}
