import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'

/**
 * An undated visit mention ("This will be Trong's third visit to China",
 * "Trong's trip is a reciprocal visit") restates a dated visit of the same
 * guest to the same host in the document: it becomes a repeat of that visit
 * (dated and clustered with it) when `keep` says so, else it is dropped. The
 * main mention learns what the repeat says about status ("will be") when it
 * says nothing itself.
 */
export function visitRepeatsWith(keep: (d: EventDraft) => boolean): Refiner<EventDraft> {
  return {
    name: 'visit-repeats',
    refine(_ctx, results) {
      const visits = results.filter((d) => d.type === 'visit' && !d.repeatOf)
      const drop = new Set<EventDraft>()
      for (const d of visits) {
        if (d.ownTime) continue
        const twin = visits.find((o) => o !== d && !drop.has(o) && !o.repeatOf && o.ownTime && o.host === d.host && o.actors.some((a) => d.actors.includes(a)))
        // An arrival in a named city says more than the twin: keep it.
        if (!twin || (d.place && d.place !== twin.place)) continue
        if (!twin.explicitStatus && d.explicitStatus) {
          twin.status = d.status
          twin.explicitStatus = true
        }
        if (keep(d)) d.repeatOf = twin
        else drop.add(d)
      }
      return results.filter((d) => !drop.has(d))
    },
  }
}

/** Body restatements of a visit are kept as repeats. */
export const visitRepeats: Refiner<EventDraft> = visitRepeatsWith(() => false)
