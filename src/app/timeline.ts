import { clusterInterval } from './cluster-interval.js'

/**
 * What the timeline reads of a mention, whatever shape a caller holds it in
 * (the read service's records, the query layer's results).
 */
export interface TimelineMention {
  readonly id: string
  readonly type: string
  readonly when: { readonly start: string; readonly end: string; readonly granularity: string } | null
  readonly whenBasis?: string | null
  readonly status: string
  readonly repeatOf?: unknown
}

/** One real event: the mentions of one cluster and what they say together. */
export interface Occasion<M extends TimelineMention> {
  /** The cluster id, or the mention's own id when it has no cluster. */
  readonly key: string
  /** The mention shown for it: a main mention (not a restatement), the most precisely dated, occurred before planned. */
  readonly best: M
  readonly mentions: readonly M[]
  /** The type most mentions give; a tie goes to the best mention's. */
  readonly type: string
  /** The interval the mentions give together (src/app/cluster-interval.ts). */
  readonly when: M['when']
  /** Occurred once any mention reports it done. */
  readonly status: string
}

const width = (m: TimelineMention) => (m.when ? Date.parse(m.when.end) - Date.parse(m.when.start) : Number.POSITIVE_INFINITY)

/**
 * The one timeline rule, behind `dyad timeline`, `/api/timeline`, the
 * dashboard and the brief: mentions grouped by cluster (`clusterOf`; a
 * mention without one is its own occasion), each summarized as above. A
 * group holding only restatements (its main mention filtered out) is no
 * occasion of its own. Returned in time order: dated by start, then key;
 * undated last.
 */
export function occasions<M extends TimelineMention>(mentions: readonly M[], clusterOf: (m: M) => string | null): Occasion<M>[] {
  const groups = new Map<string, M[]>()
  for (const m of mentions) {
    const key = clusterOf(m) ?? m.id
    const g = groups.get(key)
    if (g) g.push(m)
    else groups.set(key, [m])
  }
  const out: Occasion<M>[] = []
  for (const [key, list] of groups) {
    if (list.every((m) => m.repeatOf)) continue
    const best = [...list].sort(
      (a, b) =>
        Number(!!a.repeatOf) - Number(!!b.repeatOf) ||
        width(a) - width(b) ||
        Number(a.status !== 'occurred') - Number(b.status !== 'occurred') ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )[0]!
    out.push({
      key,
      best,
      mentions: list,
      type: commonType(list, best.type),
      when: clusterInterval(list),
      status: list.some((m) => m.status === 'occurred') ? 'occurred' : best.status,
    })
  }
  return out.sort(inTimeOrder)
}

/** Dated occasions by start, then key; undated ones last, by key. */
export function inTimeOrder(a: { key: string; when: TimelineMention['when'] }, b: { key: string; when: TimelineMention['when'] }): number {
  if (!a.when || !b.when) return a.when ? -1 : b.when ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  return a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}

/** The type most mentions give (a cluster may join a meeting and the talks held at it); ties go to `preferred`. */
function commonType(mentions: readonly TimelineMention[], preferred: string): string {
  const counts = new Map<string, number>()
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1)
  let best = preferred
  for (const [type, n] of counts) if (n > counts.get(best)!) best = type
  return best
}
