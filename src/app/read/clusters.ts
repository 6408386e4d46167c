import { occasions, type Occasion } from '../timeline.js'
import type { ClusterSummary, EntityRef, EventRecord } from './records.js'
import type { Db } from './db.js'
import { clusterRows, eventRecords, eventWhere, type EventFilters } from './events.js'

/** The most frequent value; ties go to the first seen. */
function mode<T>(values: readonly T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { value: T; n: number }>()
  for (const v of values) {
    const k = key(v)
    const c = counts.get(k)
    if (c) c.n++
    else counts.set(k, { value: v, n: 1 })
  }
  let best: { value: T; n: number } | null = null
  for (const c of counts.values()) if (!best || c.n > best.n) best = c
  return best?.value ?? null
}

/** An occasion as the API, the CLI and the dashboard show it: every actor (most mentioned first), host, place, counts. */
function toSummary(o: Occasion<EventRecord>): ClusterSummary {
  const actorCounts = new Map<string, { ref: EntityRef; n: number }>()
  for (const m of o.mentions)
    for (const a of m.actors) {
      const c = actorCounts.get(a.id)
      if (c) c.n++
      else actorCounts.set(a.id, { ref: a, n: 1 })
    }
  const nonNull = <T>(xs: (T | null)[]) => xs.filter((x): x is T => x !== null)
  return {
    id: o.key,
    type: o.type,
    cameo: o.best.cameo,
    quadClass: o.best.quadClass,
    weight: o.best.weight,
    status: o.status,
    when: o.when,
    actors: [...actorCounts.values()].sort((a, b) => b.n - a.n).map((c) => c.ref),
    host: mode(nonNull(o.mentions.map((m) => m.host)), (e) => e.id),
    place: mode(nonNull(o.mentions.map((m) => m.place)), (e) => e.id),
    mentions: o.mentions.length,
    documents: new Set(o.mentions.map((m) => m.doc)).size,
    evidence: o.best.evidence,
    pair: o.best.pair,
  }
}

/** Real events from event records, in time order (src/app/timeline.ts). */
export function summarizeClusters(records: readonly EventRecord[]): ClusterSummary[] {
  return occasions(records, (r) => r.cluster?.id ?? null).map(toSummary)
}

/** A cluster with all its mentions, or null when the id names none. */
export async function getCluster(db: Db, id: string): Promise<{ cluster: ClusterSummary; mentions: EventRecord[] } | null> {
  const rows = await clusterRows(db, id)
  if (!rows.length) return null
  const mentions = await eventRecords(db, rows)
  // A cluster of restatements only (never written so, but read defensively) is summarized from them as they are.
  const found =
    occasions(mentions, () => id)[0] ??
    occasions(
      mentions.map((m) => ({ ...m, repeatOf: null })),
      () => id,
    )[0]!
  return { cluster: toSummary(found), mentions }
}

/** The most mentions a timeline reads; enough for years of one pair's news. */
export const TIMELINE_MAX_MENTIONS = 10_000

export interface TimelineOptions {
  /** Also list occasions with no known time (at the end). */
  readonly undated?: boolean
}

/**
 * The timeline of the events matching the filters: one entry per real
 * event, oldest first, what `/api/timeline` and `dyad timeline` both give.
 */
export async function timeline(db: Db, f: EventFilters, options: TimelineOptions = {}): Promise<{ items: ClusterSummary[]; truncated: boolean }> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where(eventWhere(f))
    .orderBy('id')
    .limit(TIMELINE_MAX_MENTIONS + 1)
    .execute()
  const truncated = rows.length > TIMELINE_MAX_MENTIONS
  const items = summarizeClusters(await eventRecords(db, rows.slice(0, TIMELINE_MAX_MENTIONS)))
  return { items: options.undated ? items : items.filter((i) => i.when), truncated }
}
