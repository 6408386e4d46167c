import type { Kysely, Selectable } from 'kysely'
import type { EventMention } from '../../model/types.js'
import { clusterEvents, eventIndexKeys, eventLookupKeys, typesOfKind, type StoredEvent } from '../../resolve/events.js'
import { insertIgnoring } from '../../store/entity-keys.js'
import { setColumnById } from '../../store/set-column.js'
import type { Database, EventsTable } from '../../store/schema.js'
import { loadLinks, type LinkMap } from '../query/links.js'
import { eventFromRow } from '../query/rows.js'
import { uniqueBlocks, type Block } from './blocks.js'
import { chunks } from '../../util/chunks.js'

type EventRow = Selectable<EventsTable>

/**
 * Recompute event clusters in whole blocks (pair + event kind), used when
 * records were removed: the block's events and every mention that can join
 * them (a mention of another pair may report the same meeting) are
 * clustered again. New documents go through `clusterDocuments`. Only
 * changed rows are written.
 */
export async function refreshClusters(db: Kysely<Database>, blocks: readonly Block[]): Promise<void> {
  const seeds: string[] = []
  for (const { pair, kind } of uniqueBlocks(blocks)) {
    const rows = await db
      .selectFrom('events')
      .select('id')
      .where((eb) => (pair === null ? eb('pair', 'is', null) : eb('pair', '=', pair)))
      .where('type', 'in', typesOfKind(kind))
      .execute()
    seeds.push(...rows.map((r) => r.id))
  }
  await reclusterAround(db, seeds)
}

/**
 * Cluster the events of new (or relinked) documents with what they can
 * join. Each event's index keys (type, month or year, who as global
 * entities; not the document's pair: a report about one pair may tell of
 * another pair's meeting) are stored in `record_buckets`; then the events
 * are clustered again with every mention they can join, and every mention
 * those can join in turn (see reclusterAround), so the work follows how
 * many mentions could be the same event, not the size of the store.
 */
export async function clusterDocuments(db: Kysely<Database>, docs: readonly string[]): Promise<void> {
  const seeds: string[] = []
  for (let n = 0; n < docs.length; n += 200) {
    const chunk = docs.slice(n, n + 200)
    const fresh = await db.selectFrom('events').select(COLUMNS).where('doc', 'in', chunk).execute()
    if (fresh.length === 0) continue
    const ref = await loadLinks(db, chunk)
    const rows = fresh.map((r) => ({ id: r.id, index: eventIndexKeys(leanEvent(r, ref)).map(bucketKey) }))
    const ids = rows.map((r) => r.id)
    await db.deleteFrom('record_buckets').where('record', 'in', ids).execute()
    await insertIgnoring(
      db,
      'record_buckets',
      rows.flatMap((r) => r.index.map((bucket) => ({ bucket, record: r.id }))),
    )
    seeds.push(...ids)
  }
  await reclusterAround(db, seeds)
}

/** An event's key in `record_buckets` (figures' keys start otherwise). */
const bucketKey = (key: string) => `e|${key}`

/** Seeds whose mentions are gathered before the next check of the group's size. */
const SEEDS_PER_STEP = 20
/** Mentions clustered at once: past this, the group gathered so far is clustered and let go. */
const GROUP_EVENTS = 2_000

/**
 * Cluster the seeds again with every mention that can be the same event as
 * one of them, and so on until none is left out: the group is a union of
 * whole sets of mentions that can join, so clustering it (whose result for
 * such a set depends on that set alone, see clusterEvents) gives what
 * clustering the whole store would. So the clusters do not depend on how
 * the documents were batched. Seeds are taken a few hundred at a time, and
 * a group is clustered and let go once it holds GROUP_EVENTS mentions:
 * memory follows the largest set of mentions that can join, not the run.
 */
async function reclusterAround(db: Kysely<Database>, seeds: readonly string[]): Promise<void> {
  const done = new Set<string>()
  let group = new Map<string, Gathered>()
  for (let n = 0; n < seeds.length; n += SEEDS_PER_STEP) {
    const start = seeds.slice(n, n + SEEDS_PER_STEP).filter((id) => !done.has(id) && !group.has(id))
    if (start.length === 0) continue
    await gather(db, start, group)
    if (group.size < GROUP_EVENTS) continue
    await recluster(db, group)
    for (const id of group.keys()) done.add(id)
    group = new Map()
  }
  await recluster(db, group)
}

interface Gathered {
  readonly stored: StoredEvent
  readonly cluster: string | null
}

/**
 * Add to `group` the events `ids` and every event that can join one in the
 * group: those under a key one looks up (same kind and who, overlapping in
 * time) and those in one cluster with it (a store clustered otherwise
 * before), until nothing new is found.
 */
async function gather(db: Kysely<Database>, ids: readonly string[], group: Map<string, Gathered>): Promise<void> {
  let next = ids.filter((id) => !group.has(id))
  while (next.length > 0) {
    const rows: LeanRow[] = []
    for (const part of chunks(next)) rows.push(...(await db.selectFrom('events').select(COLUMNS).where('id', 'in', part).execute()))
    const ref = await loadLinks(
      db,
      rows.map((r) => r.doc),
    )
    const lookups = new Set<string>()
    const clusters = new Set<string>()
    for (const r of rows) {
      const event = leanEvent(r, ref)
      group.set(r.id, { stored: { id: r.id, doc: r.doc, event }, cluster: r.cluster })
      for (const key of eventLookupKeys(event)) lookups.add(bucketKey(key))
      if (r.cluster) clusters.add(r.cluster)
    }
    const found = new Set<string>()
    for (const part of chunks([...lookups]))
      for (const f of await db.selectFrom('record_buckets').select('record').where('bucket', 'in', part).execute()) found.add(f.record)
    for (const part of chunks([...clusters])) for (const f of await db.selectFrom('events').select('id').where('cluster', 'in', part).execute()) found.add(f.id)
    next = [...found].filter((id) => !group.has(id))
  }
}

/** Cluster a group of events among themselves and write the ids that changed. */
async function recluster(db: Kysely<Database>, group: ReadonlyMap<string, Gathered>): Promise<void> {
  if (group.size === 0) return
  const all = [...group.values()]
  const clusters = clusterEvents(all.map((g) => g.stored))
  const changed: { id: string; value: string | null }[] = []
  for (const { stored, cluster } of all) {
    const now = clusters.get(stored.id) ?? null
    if (now !== cluster) changed.push({ id: stored.id, value: now })
  }
  await setColumnById(db, 'events', 'cluster', changed)
}

/** The columns clustering reads (not the evidence, codes or trigger: a store's worth of them would be held for nothing). */
const COLUMNS = [
  'id',
  'doc',
  'type',
  'actors',
  'source_actors',
  'host',
  'when_start',
  'when_end',
  'when_granularity',
  'when_basis',
  'status',
  'count',
  'span_start',
  'span_end',
  'repeat_start',
  'repeat_end',
  'cluster',
] as const satisfies readonly (keyof EventRow)[]

type LeanRow = Pick<EventRow, (typeof COLUMNS)[number]>

/** The mention clustering compares, from the columns it reads (the others left empty). */
function leanEvent(row: LeanRow, ref: LinkMap): EventMention {
  // Object.assign, not spread: V8 copies a spread of two objects on a slow path.
  return eventFromRow(Object.assign({}, UNREAD, row), (k) => ref(row.doc, k))
}

const UNREAD = {
  cameo: '',
  plover: '',
  place: null,
  target_actors: null,
  trigger_start: 0,
  trigger_end: 0,
  evidence: '',
  pair: null,
  rule: '',
} satisfies Omit<EventRow, (typeof COLUMNS)[number]>
