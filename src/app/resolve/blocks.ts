import type { Kysely } from 'kysely'
import { clusterKind } from '../../resolve/events.js'
import type { Database } from '../../store/schema.js'
import { chunks } from '../../util/chunks.js'

/**
 * A block of cross-document work: one country pair (null for documents
 * without one) and one event kind (`clusterKind`) or indicator. Clustering compares only
 * mentions of one kind, reconciliation only figures of one indicator, so a
 * block can be recomputed on its own.
 */
export interface Block {
  readonly pair: string | null
  readonly kind: string
}

export const blockKey = (b: Block) => `${b.pair ?? ''}\u0000${b.kind}`

/** Unique blocks, in a stable order. */
export function uniqueBlocks(blocks: Iterable<Block>): Block[] {
  const map = new Map<string, Block>()
  for (const b of blocks) map.set(blockKey(b), { pair: b.pair, kind: b.kind })
  return [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, b]) => b)
}

/**
 * The event-type and indicator blocks of some documents' records, and the
 * blocks of the events clustered with theirs (a cluster may hold mentions
 * of several pairs: when these records go, those mentions are clustered again).
 */
export async function blocksOfDocs(db: Kysely<Database>, docs: readonly string[]): Promise<{ events: Block[]; indicators: Block[] }> {
  const events: Block[] = []
  const indicators: Block[] = []
  for (let n = 0; n < docs.length; n += 500) {
    const chunk = docs.slice(n, n + 500)
    const e = await db.selectFrom('events').select(['pair', 'type']).distinct().where('doc', 'in', chunk).execute()
    const clusters = await db.selectFrom('events').select('cluster').distinct().where('doc', 'in', chunk).where('cluster', 'is not', null).execute()
    for (const part of chunks(clusters.map((c) => c.cluster!)))
      e.push(...(await db.selectFrom('events').select(['pair', 'type']).distinct().where('cluster', 'in', part).execute()))
    const i = await db.selectFrom('indicators').select(['pair', 'indicator']).distinct().where('doc', 'in', chunk).execute()
    events.push(...e.map((r) => ({ pair: r.pair, kind: clusterKind(r.type) })))
    indicators.push(...i.map((r) => ({ pair: r.pair, kind: r.indicator })))
  }
  return { events: uniqueBlocks(events), indicators: uniqueBlocks(indicators) }
}

/** Every block of whole pairs (what a caller that only knows pairs asks for). */
export async function blocksOfPairs(db: Kysely<Database>, pairs: readonly (string | null)[]): Promise<{ events: Block[]; indicators: Block[] }> {
  const events: Block[] = []
  const indicators: Block[] = []
  for (const pair of new Set(pairs)) {
    const where = (eb: any) => (pair === null ? eb('pair', 'is', null) : eb('pair', '=', pair))
    events.push(...(await db.selectFrom('events').select('type').distinct().where(where).execute()).map((r) => ({ pair, kind: clusterKind(r.type) })))
    indicators.push(...(await db.selectFrom('indicators').select('indicator').distinct().where(where).execute()).map((r) => ({ pair, kind: r.indicator })))
  }
  return { events: uniqueBlocks(events), indicators: uniqueBlocks(indicators) }
}
