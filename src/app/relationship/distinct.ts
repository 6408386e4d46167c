import { leadingRank } from '../leading-indicators.js'
import { occasions } from '../timeline.js'
import type { EventResult, IndicatorResult } from '../query/index.js'

type BriefEvent = EventResult
type BriefFigure = IndicatorResult

const periodEnd = (f: BriefFigure): string => (f.period ? ('as_of' in f.period ? f.period.as_of : f.period.end) : '')

/**
 * The headline figures: for each quantity (indicator, subject, counterpart,
 * scope, unit) the figure with the latest period; the leading indicators first.
 */
export function headlineFigures(figures: readonly BriefFigure[], max = 10): BriefFigure[] {
  const best = new Map<string, BriefFigure>()
  for (const f of figures) {
    const key = [f.indicator, f.subject, f.counterpart, f.scope, f.unit].join('|')
    const cur = best.get(key)
    if (!cur || periodEnd(f) > periodEnd(cur)) best.set(key, f)
  }
  return [...best.values()]
    .sort((a, b) => leadingRank(a.indicator) - leadingRank(b.indicator) || a.indicator.localeCompare(b.indicator) || periodEnd(b).localeCompare(periodEnd(a)))
    .slice(0, max)
}

/** One real event: its mentions across documents and the one that states it most precisely. */
export interface DistinctEvent {
  key: string
  best: BriefEvent
  mentions: BriefEvent[]
}

/**
 * Group event mentions into real events by the one timeline rule
 * (src/app/timeline.ts); the representative carries the event's interval,
 * status and type, so the brief, the summary and /api/timeline tell each
 * event alike.
 */
export function distinctEvents(events: readonly BriefEvent[]): DistinctEvent[] {
  return occasions(events, (e) => e.cluster).map((o) => ({
    key: o.key,
    best: { ...o.best, when: o.when, status: o.status as BriefEvent['status'], type: o.type as BriefEvent['type'] },
    mentions: [...o.mentions],
  }))
}

/** Dated distinct events, oldest first. */
export function chronological(events: readonly DistinctEvent[]): DistinctEvent[] {
  return events.filter((e) => e.best.when).sort((a, b) => a.best.when!.start.localeCompare(b.best.when!.start) || a.key.localeCompare(b.key))
}

/**
 * The `n` latest distinct events that happened, newest first: a plan dated
 * next year is not the latest news of a relationship (the summary lists plans
 * apart), as in the overview's latest events (read/stats.ts).
 */
export function latestEvents(events: readonly DistinctEvent[], n: number): DistinctEvent[] {
  return chronological(events)
    .filter((e) => e.best.status === 'occurred')
    .reverse()
    .slice(0, n)
}
