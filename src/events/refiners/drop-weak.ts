import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { overlapSpan } from './util.js'

/** Weak readings ("he and his counterpart ...") give way to any firmer event of the same clause. */
export const dropWeak: Refiner<EventDraft> = {
  name: 'drop-weak',
  refine(_ctx, results) {
    return results.filter((d) => !d.weak || !results.some((o) => o !== d && !o.weak && o.sentence === d.sentence && overlapSpan(o.span, d.span)))
  },
}
