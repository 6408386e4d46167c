import type { EventMention, Published } from '../model/types.js'

export interface StoredEvent {
  readonly id: string
  readonly doc: string
  readonly event: EventMention
}

/**
 * Group mentions of the same real event. Placeholder rule: same type, same
 * actor set and overlapping time. Returns event id -> cluster id.
 */
export function clusterEvents(events: readonly StoredEvent[], _published?: ReadonlyMap<string, Published | null>): Map<string, string> {
  const clusters = new Map<string, string>()
  const sorted = [...events].sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const e of sorted) {
    const actors = [...e.event.actors].sort().join('|')
    const match = sorted.find(
      (o) =>
        clusters.has(o.id) &&
        o.event.type === e.event.type &&
        [...o.event.actors].sort().join('|') === actors &&
        overlaps(o.event.when, e.event.when),
    )
    clusters.set(e.id, match ? clusters.get(match.id)! : `c-${e.id}`)
  }
  return clusters
}

function overlaps(a: EventMention['when'], b: EventMention['when']): boolean {
  if (!a || !b) return false
  return a.start <= b.end && b.start <= a.end
}
