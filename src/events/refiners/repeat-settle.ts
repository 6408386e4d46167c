import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'

/**
 * Repeats are dated like their main mention once everything else is
 * settled: an undated repeat takes the main's time, and its status when
 * its own clause says nothing ("this was his seventh visit" keeps
 * occurred, an unmarked headline takes the body's reading).
 */
export const repeatSettle: Refiner<EventDraft> = {
  name: 'repeat-settle',
  refine(_ctx, results) {
    for (const d of results) {
      const main = d.repeatOf
      if (!main) continue
      if (!d.when) {
        d.when = main.when
        // A main dated by the article dates its restatement the same way.
        d.whenBasis = main.whenBasis === 'article' ? 'article' : main.whenBasis ? 'inherited' : undefined
      }
      if (!d.explicitStatus) d.status = main.status
    }
    return results
  },
}
