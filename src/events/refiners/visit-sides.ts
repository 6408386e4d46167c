import type { Refiner } from '../../pipeline/recognizer.js'
import { homeCountry } from '../actors.js'
import type { EventDraft } from '../draft.js'
import { withCountries } from '../make-event.js'
import { withChanges } from './util.js'

/**
 * Who visits whom (CAMEO 042): the guest, with the country it comes from,
 * acts on the host country and whoever of it the visit names ("paid a
 * courtesy call on the prime minister"). A visit read as hosting (043)
 * goes the other way. Only visits with a host and no sides read yet.
 */
export const visitSides: Refiner<EventDraft> = {
  name: 'visit-sides',
  refine(ctx, results) {
    const changes = new Map<EventDraft, EventDraft>()
    for (const d of results) {
      if (d.type !== 'visit' || !d.host || (d.source?.length ?? 0) + (d.target?.length ?? 0) > 0) continue
      const host = d.host
      const guests = d.actors.filter((k) => homeCountry(ctx, k) !== host)
      if (guests.length === 0) continue
      const hosts = d.actors.filter((k) => k !== host && homeCountry(ctx, k) === host)
      const guestSide = withCountries(ctx, guests)
      const hostSide = [host, ...hosts]
      changes.set(d, d.subtype === 'host' ? { ...d, source: hostSide, target: guestSide } : { ...d, source: guestSide, target: hostSide })
    }
    return withChanges(results, changes)
  },
}
