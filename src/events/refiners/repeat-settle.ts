import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { withChanges } from './util.js'

/**
 * Repeats are dated like their main mention once everything else is
 * settled: an undated repeat takes the main's time, and its status when
 * its own clause says nothing ("this was his seventh visit" keeps
 * occurred, an unmarked headline takes the body's reading).
 */
export const repeatSettle: Refiner<EventDraft> = {
  name: 'repeat-settle',
  refine(_ctx, results) {
    const changes = new Map<EventDraft, EventDraft>()
    for (const d of results) {
      if (!d.repeatOf || (d.when && d.explicitStatus)) continue
      // A main that is itself a repeat settled above is read as settled.
      const main = changes.get(d.repeatOf) ?? d.repeatOf
      // A main dated by the article dates its restatement the same way.
      const time = d.when
        ? {}
        : { when: main.when, whenBasis: main.whenBasis === 'article' ? ('article' as const) : main.whenBasis ? ('inherited' as const) : undefined }
      const status = d.explicitStatus ? {} : { status: main.status }
      changes.set(d, { ...d, ...time, ...status })
    }
    return withChanges(results, changes)
  },
}
