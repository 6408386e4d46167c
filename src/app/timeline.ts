import { clusterInterval } from './cluster-interval.js'
import type { EventResult } from './query/events.js'

/** One real event on a timeline: its cluster of mentions. */
export interface TimelineEntry {
  readonly cluster: string
  readonly type: string
  /** The event's interval from all its mentions (src/app/cluster-interval.ts). */
  readonly when: EventResult['when']
  readonly status: EventResult['status']
  readonly actors: string[]
  readonly mentions: number
  readonly docs: string[]
  readonly evidence: string
}

/**
 * A simple timeline: mentions grouped by cluster, dated by the interval
 * they give together, in time order (undated last). A planned mention counts as
 * occurred once any mention of the cluster reports it occurred. Repeats (a
 * document restating its own event) are mentions of their main's entry,
 * never an entry of their own, and never its evidence while the main is there.
 */
export function simpleTimeline(events: readonly EventResult[]): TimelineEntry[] {
  const groups = new Map<string, EventResult[]>()
  for (const e of events) {
    const key = e.cluster ?? e.id
    groups.set(key, [...(groups.get(key) ?? []), e])
  }
  const width = (w: EventResult['when']) => (w ? Date.parse(w.end) - Date.parse(w.start) : Infinity)
  const real = [...groups].filter(([, list]) => list.some((e) => !e.repeatOf))
  const entries = real.map(([cluster, list]): TimelineEntry => {
    const best = [...list].sort((a, b) => width(a.when) - width(b.when) || Number(!!a.repeatOf) - Number(!!b.repeatOf))[0]
    return {
      cluster,
      type: best.type,
      when: clusterInterval(list),
      status: list.some((e) => e.status === 'occurred') ? 'occurred' : 'planned',
      actors: [...new Set(list.flatMap((e) => e.actors))],
      mentions: list.length,
      docs: [...new Set(list.map((e) => e.doc))],
      evidence: best.evidence,
    }
  })
  return entries.sort((a, b) => {
    if (!a.when || !b.when) return a.when ? -1 : b.when ? 1 : a.cluster < b.cluster ? -1 : 1
    return a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : a.cluster < b.cluster ? -1 : 1
  })
}
