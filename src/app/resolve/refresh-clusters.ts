import type { Kysely, Selectable } from 'kysely'
import type { Published } from '../../model/types.js'
import { clusterEvents, eventIndexKeys, eventLookupKeys, typesOfKind, type StoredEvent } from '../../resolve/events.js'
import { insertIgnoring } from '../../store/entity-keys.js'
import { setColumnById } from '../../store/set-column.js'
import type { Database, EventsTable } from '../../store/schema.js'
import { loadLinks } from '../query/links.js'
import { eventFromRow } from '../query/rows.js'
import { uniqueBlocks, type Block } from './blocks.js'
import { chunks } from '../../util/chunks.js'

type EventRow = Selectable<EventsTable>

/**
 * Recompute event clusters in whole blocks (pair + event kind: mentions can
 * only report the same real event when they are about the same pair and of
 * the same kind). Used when records were removed; new documents go through
 * `clusterDocuments`, which reads far less. Only changed rows are written.
 */
export async function refreshClusters(db: Kysely<Database>, blocks: readonly Block[]): Promise<void> {
  for (const { pair, kind } of uniqueBlocks(blocks)) {
    const rows = await db
      .selectFrom('events')
      .selectAll()
      .where((eb) => (pair === null ? eb('pair', 'is', null) : eb('pair', '=', pair)))
      .where('type', 'in', typesOfKind(kind))
      .execute()
    await recluster(db, rows)
  }
}

/**
 * Cluster the events of new (or relinked) documents with what they can
 * join. Each event's index keys (pair, type, month or year, who as global
 * entities) are stored in `record_buckets`; the events read back are those
 * under the keys a new event looks up, plus every member of the clusters
 * those are in, so the work follows how many mentions could be the same
 * event, not the size of the store.
 */
export async function clusterDocuments(db: Kysely<Database>, docs: readonly string[]): Promise<void> {
  for (let n = 0; n < docs.length; n += 200) {
    const chunk = docs.slice(n, n + 200)
    const fresh = await db.selectFrom('events').selectAll().where('doc', 'in', chunk).execute()
    if (fresh.length === 0) continue
    const ref = await loadLinks(db, chunk)
    const rows = fresh.map((r) => {
      const event = eventFromRow(r, (k) => ref(r.doc, k))
      const key = (b: string) => `e|${r.pair ?? ''}|${b}`
      return { id: r.id, index: eventIndexKeys(event).map(key), lookup: eventLookupKeys(event).map(key) }
    })
    const ids = rows.map((r) => r.id)
    await db.deleteFrom('record_buckets').where('record', 'in', ids).execute()
    await insertIgnoring(
      db,
      'record_buckets',
      rows.flatMap((r) => r.index.map((bucket) => ({ bucket, record: r.id }))),
    )
    const buckets = [...new Set(rows.flatMap((r) => r.lookup))]
    const near = new Set(ids)
    for (let m = 0; m < buckets.length; m += 500) {
      const found = await db
        .selectFrom('record_buckets')
        .select('record')
        .where('bucket', 'in', buckets.slice(m, m + 500))
        .execute()
      for (const f of found) near.add(f.record)
    }
    const clusters = new Set<string>()
    const loaded = new Map<string, EventRow>(fresh.map((r) => [r.id, r]))
    for (const part of chunks([...near].filter((id) => !loaded.has(id)))) {
      for (const r of await db.selectFrom('events').selectAll().where('id', 'in', part).execute()) loaded.set(r.id, r)
    }
    for (const r of loaded.values()) if (r.cluster) clusters.add(r.cluster)
    for (const part of chunks([...clusters])) {
      for (const r of await db.selectFrom('events').selectAll().where('cluster', 'in', part).execute()) loaded.set(r.id, r)
    }
    await recluster(db, [...loaded.values()])
  }
}

/** Cluster some events among themselves and write the ids that changed. */
async function recluster(db: Kysely<Database>, rows: readonly EventRow[]): Promise<void> {
  if (rows.length === 0) return
  const docs = [...new Set(rows.map((r) => r.doc))]
  const ref = await loadLinks(db, docs)
  const published = new Map<string, Published | null>()
  for (const part of chunks(docs)) {
    const dated = await db.selectFrom('documents').select(['id', 'published_start', 'published_end', 'published_basis']).where('id', 'in', part).execute()
    for (const d of dated) {
      published.set(
        d.id,
        d.published_start && d.published_end ? { start: d.published_start, end: d.published_end, basis: d.published_basis ?? 'inferred' } : null,
      )
    }
  }
  const stored: StoredEvent[] = rows.map((r) => ({ id: r.id, doc: r.doc, event: eventFromRow(r, (k) => ref(r.doc, k)) }))
  const clusters = clusterEvents(stored, published)
  const changed: { id: string; value: string | null }[] = []
  for (const r of rows) {
    const cluster = clusters.get(r.id) ?? null
    if (cluster !== r.cluster) changed.push({ id: r.id, value: cluster })
  }
  await setColumnById(db, 'events', 'cluster', changed)
}
