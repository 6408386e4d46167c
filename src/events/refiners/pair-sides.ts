import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { pairOf } from '../groups.js'
import { withChanges } from './util.js'

const isCountry = (k: string) => k.startsWith('country:')

/**
 * A directed event between the article's two countries names one of them
 * and leaves the other to the reader: "Rome accused Paris" is read, but
 * "the minister blamed the pandemic on the party" or "the package to be
 * offered by Berlin" leave a side without a country. When one side holds
 * exactly one country of the pair and the other side holds none, the other
 * side is the pair's other country, and an actor of the event.
 */
export const pairSides: Refiner<EventDraft> = {
  name: 'pair-sides',
  refine(ctx, results) {
    const pair = pairOf(ctx)
    if (pair.length !== 2) return results
    const changes = new Map<EventDraft, EventDraft>()
    for (const d of results) {
      const source = d.source ?? []
      const target = d.target ?? []
      if (source.length + target.length === 0) continue
      const sourceCountries = source.filter((k) => pair.includes(k))
      const targetCountries = target.filter((k) => pair.includes(k))
      let sides: Pick<EventDraft, 'source' | 'target'> | null = null
      let other: string | null = null
      if (sourceCountries.length === 1 && !target.some(isCountry)) {
        other = pair.find((k) => k !== sourceCountries[0])!
        sides = { target: [...target, other] }
      } else if (targetCountries.length === 1 && !source.some(isCountry)) {
        other = pair.find((k) => k !== targetCountries[0])!
        sides = { source: [...source, other] }
      }
      // The side read is a party to the event as much as the side named.
      if (other && sides) changes.set(d, { ...d, ...sides, ...(d.actors.includes(other) ? {} : { actors: [...d.actors, other] }) })
    }
    return withChanges(results, changes)
  },
}
