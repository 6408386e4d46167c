import type { Kysely } from 'kysely'
import type { Published } from '../../model/types.js'
import { clusterEvents, type StoredEvent } from '../../resolve/events.js'
import type { Database } from '../../store/schema.js'
import { loadLinks } from '../query/links.js'
import { eventFromRow } from '../query/rows.js'
import { uniqueBlocks, type Block } from './blocks.js'

/**
 * Recompute event clusters in the given blocks (pair + event type: mentions
 * can only report the same real event when they are about the same pair
 * and of the same type). Actors are compared as global entities. Only
 * changed rows are written.
 */
export async function refreshClusters(db: Kysely<Database>, blocks: readonly Block[]): Promise<void> {
  for (const { pair, kind } of uniqueBlocks(blocks)) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where((eb) => (pair === null ? eb('pair', 'is', null) : eb('pair', '=', pair)))
      .where('type', '=', kind)
      .orderBy('id')
      .execute()
    if (rows.length === 0) continue
    const docs = [...new Set(rows.map((r) => r.doc))]
    const ref = await loadLinks(db, docs)
    const published = new Map<string, Published | null>()
    for (let n = 0; n < docs.length; n += 500) {
      const dated = await db.selectFrom('documents').select(['id', 'published_start', 'published_end', 'published_basis']).where('id', 'in', docs.slice(n, n + 500)).execute()
      for (const d of dated) {
        published.set(d.id, d.published_start && d.published_end ? { start: d.published_start, end: d.published_end, basis: d.published_basis ?? 'inferred' } : null)
      }
    }
    const stored: StoredEvent[] = rows.map((r) => ({ id: r.id, doc: r.doc, event: eventFromRow(r, (k) => ref(r.doc, k)) }))
    const clusters = clusterEvents(stored, published)
    for (const r of rows) {
      const cluster = clusters.get(r.id) ?? null
      if (cluster !== r.cluster) await db.updateTable('events').set({ cluster }).where('id', '=', r.id).execute()
    }
  }
}
