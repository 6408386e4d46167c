import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { shareActor, withChanges } from './util.js'

/**
 * A named summit attended by the same people is reported once per
 * document, at its first mention; later mentions in other sentences are
 * kept as repeats of it (dated and clustered with it).
 */
export const summitRepeats: Refiner<EventDraft> = {
  name: 'summit-repeats',
  refine(_ctx, results) {
    const mains: EventDraft[] = []
    const changes = new Map<EventDraft, EventDraft>()
    for (const d of [...results].sort((a, b) => a.span.start - b.span.start)) {
      if (d.repeatOf) continue
      const first =
        d.type === 'summit' && d.name ? mains.find((k) => k.type === 'summit' && k.name === d.name && k.sentence !== d.sentence && shareActor(k, d)) : undefined
      if (first) changes.set(d, { ...d, repeatOf: first })
      else mains.push(d)
    }
    return withChanges(results, changes)
  },
}
