import type { EventRec } from '../api/types.js'
import { quadSide } from './palette.js'

export interface EventFilter {
  type: string
  actor: string
  status: string
  from: string
  to: string
  q: string
  /** 'cooperation' or 'conflict' by CAMEO quad class; '' for all. */
  side: string
}

export const FILTER_KEYS = ['type', 'actor', 'status', 'from', 'to', 'q', 'side'] as const

/**
 * Apply the filters in the browser as well: the API filters too, but this
 * keeps the list right if a server ignores a parameter it does not know.
 */
export function filterEvents(events: EventRec[], f: EventFilter): EventRec[] {
  const q = f.q.trim().toLowerCase()
  return events.filter((e) => {
    if (f.type && e.type !== f.type) return false
    if (f.status && e.status !== f.status) return false
    if (f.side && quadSide(e.quadClass) !== f.side) return false
    if (f.actor && !e.actors.some((a) => a.id === f.actor) && e.host?.id !== f.actor && e.place?.id !== f.actor) return false
    if (f.from && (!e.when || e.when.end < f.from)) return false
    if (f.to && (!e.when || e.when.start > f.to)) return false
    if (q) {
      const hay = [e.type, e.quote ?? '', e.docTitle ?? '', ...e.actors.map((a) => a.name), e.host?.name ?? '', e.place?.name ?? ''].join(' ').toLowerCase()
      if (!hay.includes(q)) return false
    }
    return true
  })
}

/** Newest first; undated last. */
export function byWhenDesc(a: EventRec, b: EventRec): number {
  const x = a.when?.start ?? ''
  const y = b.when?.start ?? ''
  return x === y ? (a.id < b.id ? -1 : 1) : x < y ? 1 : -1
}
