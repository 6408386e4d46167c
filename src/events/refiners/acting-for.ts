import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { withChanges } from './util.js'

/**
 * A person or an organization acts for a country: "Sunak agreed to give
 * France N pounds" is also the United Kingdom's act. As in CAMEO's actor
 * codes, which always carry the country, each such actor brings its
 * country into the event's actors (after the named ones), when the
 * document names that country. Source and target stay as read.
 */
export const actingFor: Refiner<EventDraft> = {
  name: 'acting-for',
  refine(ctx, results) {
    const countryOf = new Map<string, string>()
    // Countries the document names, alone or inside a body's name ("the Swedish consulate"; the entities stage makes those entities too).
    const known = new Set(ctx.actors.map((a) => a.key))
    const named = new Set(
      ctx.entities
        .map((m) => (m.type === 'country' ? m.key : m.type === 'organization' && m.country ? `country:${m.country}` : null))
        .filter((k): k is string => k !== null && known.has(k)),
    )
    for (const a of ctx.actors) {
      const key = a.country ? `country:${a.country}` : null
      // An organization known to be a country's (a seat, an armed service) brings it even unnamed: its entity exists.
      if (a.type !== 'country' && key && (named.has(key) || (a.type === 'organization' && known.has(key)))) countryOf.set(a.key, key)
    }
    const changes = new Map<EventDraft, EventDraft>()
    for (const d of results) {
      const extra = d.actors.map((k) => countryOf.get(k)).filter((k): k is string => k !== undefined && !d.actors.includes(k))
      if (extra.length > 0) changes.set(d, { ...d, actors: [...d.actors, ...new Set(extra)] })
    }
    return withChanges(results, changes)
  },
}
