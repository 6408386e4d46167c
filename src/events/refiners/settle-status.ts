import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { withChanges } from './util.js'

/**
 * Unmarked events ("A visit paid to China on October 30-November 2 is
 * believed to ...") are planned when they start after the day the document
 * speaks from, or when they fall inside a planned visit of the same people.
 */
function days(t: { start: string; end: string }): number {
  return (Date.parse(t.end) - Date.parse(t.start)) / 86_400_000 + 1
}

export const settleStatus: Refiner<EventDraft> = {
  name: 'settle-status',
  refine(ctx, results) {
    const today = ctx.reference ?? ctx.published?.end ?? null
    // Repeats take their main's reading in repeat-settle.
    // An article-dated event's window was chosen from its status: not read back.
    const changes = new Map<EventDraft, EventDraft>()
    const plan = (d: EventDraft) => {
      const next = { ...d, status: 'planned' as const }
      changes.set(d, next)
      return next
    }
    // An event dated after the article's day is still to come.
    const mains = results
      .filter((d) => !d.repeatOf && d.whenBasis !== 'article')
      .map((d) => (!d.explicitStatus && d.when && today && d.when.start > today && d.status !== 'planned' ? plan(d) : d))
    const planned = mains.filter((d) => d.type === 'visit' && d.status === 'planned' && d.explicitStatus && d.when && days(d.when) <= 31)
    for (const d of mains) {
      if (d.explicitStatus || d.status === 'planned' || !d.when) continue
      const inside = planned.some((p) => p !== d && p.actors.some((a) => d.actors.includes(a)) && p.when!.start <= d.when!.start && d.when!.end <= p.when!.end)
      if (inside) plan(d)
    }
    // Keys are drafts as read: what the first pass planned, the second skips.
    return withChanges(results, changes)
  },
}
