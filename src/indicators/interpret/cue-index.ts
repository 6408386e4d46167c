import type { Span } from '../../model/types.js'
import type { Cue, CueTag } from './cues.js'
import { firstEndAfter, firstStartAtOrAfter } from '../../util/spans.js'

/**
 * The cues of one sentence, one list per tag in text order. Cues come from
 * one global pattern, so they never overlap: within a tag, starts and ends
 * both increase, and the cues lying inside a span form one run found by
 * binary search. A figure's look-ups cost a few logarithms instead of a
 * scan of every cue of the sentence (which made sentences with thousands of
 * figures quadratic).
 */
export class CueIndex {
  private readonly byTag = new Map<CueTag, Cue[]>()

  constructor(cues: readonly Cue[]) {
    for (const c of cues) {
      const list = this.byTag.get(c.tag)
      if (list) list.push(c)
      else this.byTag.set(c.tag, [c])
    }
  }

  /** The cue of one of `tags` lying inside `span`: the last one ('left') or the first ('right'). */
  inside(span: Span, tags: readonly CueTag[], side: 'left' | 'right'): Cue | null {
    let best: Cue | null = null
    for (const tag of tags) {
      const list = this.byTag.get(tag)
      if (!list) continue
      const lo = firstStartAtOrAfter(list, span.start)
      const hi = firstEndAfter(list, span.end) - 1
      if (lo > hi) continue
      const c = side === 'left' ? list[hi] : list[lo]
      if (!best || (side === 'left' ? c.span.start > best.span.start : c.span.start < best.span.start)) best = c
    }
    return best
  }

  /**
   * The cue of one of `tags` inside `span` nearest to `at` (before or after
   * it, never overlapping it); on a tie, the one earlier in the text.
   */
  nearest(span: Span, tags: readonly CueTag[], at: Span): Cue | null {
    let best: Cue | null = null
    let distance = Infinity
    const consider = (c: Cue | undefined, d: number) => {
      if (!c || c.span.start < span.start || c.span.end > span.end || d < 0) return
      if (d < distance || (d === distance && best && c.span.start < best.span.start)) {
        best = c
        distance = d
      }
    }
    for (const tag of tags) {
      const list = this.byTag.get(tag)
      if (!list) continue
      // The last cue ending at or before the figure, and the first starting at or after its end.
      const before = list[firstEndAfter(list, at.start) - 1]
      consider(before, before ? at.start - before.span.end : -1)
      const after = list[firstStartAtOrAfter(list, at.end)]
      consider(after, after ? after.span.start - at.end : -1)
    }
    return best
  }
}
