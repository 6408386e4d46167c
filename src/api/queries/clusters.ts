import { clusterInterval } from '../../app/cluster-interval.js'
import type { ClusterSummary, EntityRef, EventRecord } from '../schemas/records.js'
import type { Db } from './db.js'
import { clusterRows, eventRecords, eventWhere, type EventFilters } from './events.js'

/** Days an interval covers: smaller is more precise. */
function width(when: EventRecord['when']): number {
  if (!when) return Number.POSITIVE_INFINITY
  return (Date.parse(when.end) - Date.parse(when.start)) / 86_400_000
}

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

/**
 * What the mentions of one real event say together: their joint interval,
 * every actor (most mentioned first), occurred if any mention says so.
 */
export function summarizeCluster(id: string, mentions: readonly EventRecord[]): ClusterSummary {
  // The evidence shown is a main mention's: a repeat (a headline) restates it.
  const precise = [...mentions].sort((a, b) => Number(!!a.repeatOf) - Number(!!b.repeatOf) || width(a.when) - width(b.when) || (a.id < b.id ? -1 : 1))[0]!
  const actorCounts = new Map<string, { ref: EntityRef; n: number }>()
  for (const m of mentions)
    for (const a of m.actors) {
      const c = actorCounts.get(a.id)
      if (c) c.n++
      else actorCounts.set(a.id, { ref: a, n: 1 })
    }
  const nonNull = <T>(xs: (T | null)[]) => xs.filter((x): x is T => x !== null)
  return {
    id,
    type: mode(mentions.map((m) => m.type), (t) => t) ?? precise.type,
    status: mentions.some((m) => m.status === 'occurred') ? 'occurred' : precise.status,
    when: clusterInterval(mentions),
    actors: [...actorCounts.values()].sort((a, b) => b.n - a.n).map((c) => c.ref),
    host: mode(nonNull(mentions.map((m) => m.host)), (e) => e.id),
    place: mode(nonNull(mentions.map((m) => m.place)), (e) => e.id),
    mentions: mentions.length,
    documents: new Set(mentions.map((m) => m.doc)).size,
    evidence: precise.evidence,
    pair: precise.pair,
  }
}

/** A cluster with all its mentions, or null when the id names none. */
export async function getCluster(db: Db, id: string): Promise<{ cluster: ClusterSummary; mentions: EventRecord[] } | null> {
  const rows = await clusterRows(db, id)
  if (!rows.length) return null
  const mentions = await eventRecords(db, rows)
  return { cluster: summarizeCluster(id, mentions), mentions }
}

/** The most mentions a timeline reads; enough for years of one pair's news. */
export const TIMELINE_MAX_MENTIONS = 10_000

/**
 * The real events matching the filters in time order (oldest first): one
 * entry per cluster, lone mentions as their own entry; undated last.
 */
export async function timeline(db: Db, f: EventFilters): Promise<{ items: ClusterSummary[]; truncated: boolean }> {
  const rows = await db.selectFrom('events').selectAll().where(eventWhere(f)).orderBy('id').limit(TIMELINE_MAX_MENTIONS + 1).execute()
  const truncated = rows.length > TIMELINE_MAX_MENTIONS
  const records = await eventRecords(db, rows.slice(0, TIMELINE_MAX_MENTIONS))
  const groups = new Map<string, EventRecord[]>()
  for (const r of records) {
    const key = r.cluster?.id ?? r.id
    const g = groups.get(key)
    if (g) g.push(r)
    else groups.set(key, [r])
  }
  const items = [...groups].map(([id, ms]) => summarizeCluster(id, ms))
  items.sort((a, b) => {
    if (!a.when || !b.when) return a.when ? -1 : b.when ? 1 : a.id < b.id ? -1 : 1
    return a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : a.id < b.id ? -1 : 1
  })
  return { items, truncated }
}
