import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { shareActor } from './util.js'

/** A named summit attended by the same people is reported once per document, at its first mention. */
export const summitRepeats: Refiner<EventDraft> = {
  name: 'summit-repeats',
  refine(_ctx, results) {
    const kept: EventDraft[] = []
    for (const d of [...results].sort((a, b) => a.span.start - b.span.start)) {
      if (d.type === 'summit' && d.name && kept.some((k) => k.type === 'summit' && k.name === d.name && k.sentence !== d.sentence && shareActor(k, d))) continue
      kept.push(d)
    }
    return kept
  },
}
