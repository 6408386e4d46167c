import type { Refiner } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'

/** Where two recognizers read the same characters, keep the longer reading. */
export const dropOverlaps: Refiner<Figure> = {
  name: 'drop-overlaps',
  refine(_ctx, figures) {
    const sorted = [...figures].sort((a, b) => a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start))
    const kept: Figure[] = []
    for (const f of sorted) {
      const last = kept[kept.length - 1]
      if (last && f.span.start < last.span.end) {
        if (f.span.end - f.span.start > last.span.end - last.span.start) kept[kept.length - 1] = f
        continue
      }
      kept.push(f)
    }
    return kept
  },
}
