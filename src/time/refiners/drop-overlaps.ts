import type { Refiner } from '../../pipeline/recognizer.js'
import type { TimeCandidate } from '../candidate.js'

/**
 * Overlapping readings of the same words: keep the longest ("January 18,
 * 1950" over "1950"); on equal length, the recognizer listed first. One
 * sweep over the candidates sorted by start.
 */
export const dropOverlaps: Refiner<TimeCandidate> = {
  name: 'drop-overlaps',
  refine(_ctx, results) {
    const sorted = results.map((c, order) => ({ c, order })).sort((a, b) => a.c.span.start - b.c.span.start || b.c.span.end - a.c.span.end || a.order - b.order)
    const kept: { c: TimeCandidate; order: number }[] = []
    for (const item of sorted) {
      const last = kept[kept.length - 1]
      if (!last || item.c.span.start >= last.c.span.end) {
        kept.push(item)
        continue
      }
      const lenLast = last.c.span.end - last.c.span.start
      const len = item.c.span.end - item.c.span.start
      if (len > lenLast || (len === lenLast && item.order < last.order)) kept[kept.length - 1] = item
    }
    return kept.map((k) => k.c)
  },
}
