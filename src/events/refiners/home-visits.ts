import type { Refiner } from '../../pipeline/recognizer.js'
import { homeCountry } from '../actors.js'
import type { EventDraft } from '../draft.js'

/** Nobody visits their own country: a visit whose every guest is at home is a misreading. */
export const homeVisits: Refiner<EventDraft> = {
  name: 'home-visits',
  refine(ctx, results) {
    return results.filter((d) => d.type !== 'visit' || !d.host || d.actors.length === 0 || !d.actors.every((a) => homeCountry(ctx, a) === d.host))
  },
}
