import type { EventStatus, EventType, Span, TimeInterval } from '../model/types.js'
import { clusterTime, type StoredEvent } from '../resolve/events.js'

/** One real event on the relationship timeline, with the documents behind it. */
export interface TimelineEntry {
  readonly cluster: string
  readonly type: EventType
  /** Milestones of the relationship (relations established, upgraded, founding of joint bodies). */
  readonly milestone: boolean
  /** The most precise time any mention gives. */
  readonly when: TimeInterval | null
  /** Occurred when any mention reports it done; planned otherwise. */
  readonly status: EventStatus
  readonly actors: readonly string[]
  readonly host: string | null
  readonly place: string | null
  readonly count: number | null
  /** Distinct documents that report it. */
  readonly documents: number
  readonly mentions: readonly { readonly id: string; readonly doc: string; readonly span: Span }[]
}

export interface TimelineOptions {
  /** Event types to leave out; by default statements (what was said is not a step of the relationship). */
  readonly exclude?: readonly EventType[]
  /** Keep undated events (at the end); default false. */
  readonly undated?: boolean
}

/**
 * The relationship timeline of a pair: one entry per event cluster
 * (milestones and main events), ordered by time, each with the number of
 * documents behind it. `events` are the pair's stored mentions and
 * `clusters` maps mention id -> cluster id (clusterEvents). Mentions
 * without a cluster count as their own. A repeat (a document restating its
 * own event) is a mention of its main's entry, never an entry by itself.
 */
export function buildTimeline(events: readonly StoredEvent[], clusters: ReadonlyMap<string, string>, options: TimelineOptions = {}): TimelineEntry[] {
  const exclude = new Set<EventType>(options.exclude ?? ['statement'])
  const groups = new Map<string, StoredEvent[]>()
  for (const e of events) {
    if (exclude.has(e.event.type)) continue
    const key = clusters.get(e.id) ?? `c-${e.id}`
    const list = groups.get(key)
    if (list) list.push(e)
    else groups.set(key, [e])
  }
  const entries: TimelineEntry[] = []
  for (const [cluster, members] of groups) {
    if (members.every((m) => m.event.repeatOf)) continue
    const mentions = members.map((m) => m.event)
    const when = clusterTime(mentions)
    if (!when && !options.undated) continue
    const actors = [...new Set(mentions.flatMap((m) => m.actors))].sort()
    const first = <T>(pick: (m: (typeof mentions)[number]) => T | null | undefined): T | null => mentions.map(pick).find((v) => v != null) ?? null
    entries.push({
      cluster,
      type: mentions[0].type,
      milestone: mentions[0].type === 'relations_milestone',
      when,
      status: mentions.some((m) => m.status === 'occurred') ? 'occurred' : 'planned',
      actors,
      host: first((m) => m.host),
      place: first((m) => m.place),
      count: first((m) => m.count),
      documents: new Set(members.map((m) => m.doc)).size,
      mentions: members.map((m) => ({ id: m.id, doc: m.doc, span: m.event.span })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    })
  }
  return entries.sort(
    (a, b) =>
      (a.when ? 0 : 1) - (b.when ? 0 : 1) ||
      (a.when && b.when ? a.when.start.localeCompare(b.when.start) || a.when.end.localeCompare(b.when.end) : 0) ||
      Number(b.milestone) - Number(a.milestone) ||
      a.type.localeCompare(b.type) ||
      a.cluster.localeCompare(b.cluster),
  )
}
