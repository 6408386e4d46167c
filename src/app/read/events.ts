import type { Pair } from '../../model/pair.js'
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely'
import { sql } from '../../store/kysely.js'
import type { Database } from '../../store/schema.js'
import type { ClusterRef, EntityRef, EventRecord } from './records.js'
import { chunks, jsonArray, likePattern, listOf, pairAndDoc, spanOfRow, splitPair, toCount, unique, type Db } from './db.js'
import { goldstein, quadName } from '../../shared/cameo-scale.js'
import { recordRefs } from './refs.js'

export type EventRow = Database['events']

export interface EventFilters {
  pair?: Pair
  /** Only the mentions of this document. */
  doc?: string
  type?: string | readonly string[]
  /** Global entity keys, from the query module's `resolveActor`. */
  actors?: readonly string[]
  status?: string
  from?: string
  to?: string
  q?: string
  cluster?: string
  /** Cooperation (CAMEO roots 01-08) or conflict (09-20), the quad classes' two sides. */
  side?: 'cooperation' | 'conflict'
}

type EventsEb = ExpressionBuilder<Database, 'events'>

/** Events with a participant whose global (or local) key is one of `keys`. */
function actorFilter(eb: EventsEb, keys: readonly string[]): Expression<SqlBool> {
  if (keys.length === 0) return sql<SqlBool>`1 = 0`
  return eb.exists(
    eb
      .selectFrom('event_actors')
      .leftJoin('entity_links', (j) => j.onRef('entity_links.doc', '=', 'event_actors.doc').onRef('entity_links.key', '=', 'event_actors.key'))
      .select(sql.lit(1).as('one'))
      .whereRef('event_actors.event', '=', 'events.id')
      // a linked key counts as its global entity, an unlinked one as itself
      .where((w) => w(w.fn.coalesce('entity_links.entity', 'event_actors.key'), 'in', [...keys])),
  )
}

/** Events on one side by their CAMEO root; the same split as sideOf in src/shared/cameo-scale.ts. */
function sideWhere(eb: EventsEb, side: 'cooperation' | 'conflict'): Expression<SqlBool> {
  const root = sql<string>`substr(${eb.ref('events.cameo')}, 1, 2)`
  return side === 'cooperation' ? sql<SqlBool>`${root} between '01' and '08'` : sql<SqlBool>`${root} between '09' and '20'`
}

/** The where-clause of every event query (API, CLI, brief); every value is a bound parameter. */
export function eventWhere(f: EventFilters) {
  return (eb: EventsEb) => {
    const all = pairAndDoc('events', f)
    if (f.type) all.push(eb('events.type', 'in', listOf(f.type)))
    if (f.status) all.push(eb('events.status', '=', f.status))
    if (f.cluster) all.push(eb('events.cluster', '=', f.cluster))
    if (f.side) all.push(sideWhere(eb, f.side))
    if (f.from) all.push(eb('events.when_end', '>=', f.from))
    if (f.to) all.push(eb('events.when_start', '<=', f.to))
    if (f.actors) all.push(actorFilter(eb, f.actors))
    if (f.q) all.push(sql<SqlBool>`lower(${eb.ref('events.evidence')}) like ${likePattern(f.q.toLowerCase())} escape '\\'`)
    return eb.and(all)
  }
}

/** A page of event mentions matching the filters, latest first. */
export async function listEvents(db: Db, f: EventFilters, limit: number, offset: number): Promise<{ items: EventRecord[]; total: number }> {
  const where = eventWhere(f)
  const total = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll().as('n'))
    .where(where)
    .executeTakeFirst()
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where(where)
    .orderBy(sql`(events.when_start is null)`)
    .orderBy('events.when_start', 'desc')
    .orderBy('events.id')
    .limit(limit)
    .offset(offset)
    .execute()
  return { items: await eventRecords(db, rows), total: toCount(total?.n) }
}

/** One event mention by id, or null. */
export async function getEventRow(db: Db, id: string): Promise<EventRow | null> {
  return (await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
}

/** Every mention of a cluster (or the lone event with that id), oldest document first. */
export async function clusterRows(db: Db, id: string): Promise<EventRow[]> {
  const rows = await db.selectFrom('events').selectAll().where('cluster', '=', id).orderBy('when_start').orderBy('id').execute()
  if (rows.length) return rows
  const lone = await getEventRow(db, id)
  return lone && !lone.cluster ? [lone] : []
}

/** Mention and document counts per cluster. */
export async function clusterRefs(db: Db, ids: Iterable<string>): Promise<Map<string, ClusterRef>> {
  const out = new Map<string, ClusterRef>()
  for (const part of chunks(unique(ids))) {
    const rows = await db
      .selectFrom('events')
      .select((eb) => ['cluster', eb.fn.countAll().as('mentions'), eb.fn.count('doc').distinct().as('documents')])
      .where('cluster', 'in', part)
      .groupBy('cluster')
      .execute()
    for (const r of rows) if (r.cluster) out.set(r.cluster, { id: r.cluster, mentions: toCount(r.mentions), documents: toCount(r.documents) })
  }
  return out
}

/** Turn stored rows into API records: entities resolved, documents and clusters attached. */
export async function eventRecords(db: Db, rows: readonly EventRow[]): Promise<EventRecord[]> {
  const { docs, resolver } = await recordRefs(
    db,
    rows.map((r) => r.doc),
  )
  const clusters = await clusterRefs(
    db,
    rows.flatMap((r) => (r.cluster ? [r.cluster] : [])),
  )
  return rows.map((r) => {
    const actors = jsonArray<string>(r.actors)
      .map((k) => resolver.ref(r.doc, k))
      .filter((a): a is EntityRef => a !== null)
    return {
      id: r.id,
      doc: r.doc,
      document: docs.get(r.doc) ?? { id: r.doc, title: null, lead: null, outlet: null, source: '', url: null, published: null },
      type: r.type,
      cameo: r.cameo,
      plover: r.plover,
      quadClass: quadName(r.cameo),
      weight: goldstein(r.cameo),
      actors: dedupe(actors),
      host: resolver.ref(r.doc, r.host),
      place: resolver.ref(r.doc, r.place),
      when: r.when_start && r.when_end ? { start: r.when_start, end: r.when_end, granularity: r.when_granularity ?? 'range' } : null,
      whenBasis: r.when_basis ?? null,
      status: r.status,
      count: r.count === null ? null : Number(r.count),
      span: spanOfRow(r),
      trigger: { start: Number(r.trigger_start), end: Number(r.trigger_end) },
      evidence: r.evidence,
      cluster: r.cluster ? (clusters.get(r.cluster) ?? { id: r.cluster, mentions: 1, documents: 1 }) : null,
      repeatOf: r.repeat_start !== null && r.repeat_end !== null ? { start: Number(r.repeat_start), end: Number(r.repeat_end) } : null,
      pair: splitPair(r.pair),
      rule: r.rule,
    }
  })
}

/** Entities in first-seen order without repeats (two local keys may resolve to one entity). */
export function dedupe(refs: readonly EntityRef[]): EntityRef[] {
  const seen = new Set<string>()
  return refs.filter((r) => !seen.has(r.id) && seen.add(r.id))
}
