import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'

/**
 * An undated visit mention ("This will be Trong's third visit to China",
 * "Trong's trip is a reciprocal visit") restates a dated visit of the same
 * guest to the same host in the document: drop it, but keep what it says
 * about status ("will be") when the dated mention says nothing.
 */
export const visitRepeats: Refiner<EventDraft> = {
  name: 'visit-repeats',
  refine(_ctx, results) {
    const visits = results.filter((d) => d.type === 'visit')
    const drop = new Set<EventDraft>()
    for (const d of visits) {
      if (d.ownTime) continue
      const twin = visits.find((o) => o !== d && !drop.has(o) && o.ownTime && o.host === d.host && o.actors.some((a) => d.actors.includes(a)))
      // An arrival in a named city says more than the twin: keep it.
      if (!twin || (d.place && d.place !== twin.place)) continue
      if (!twin.explicitStatus && d.explicitStatus) {
        twin.status = d.status
        twin.explicitStatus = true
      }
      drop.add(d)
    }
    return results.filter((d) => !drop.has(d))
  },
}
