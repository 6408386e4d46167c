import type { EntityMention, Span } from '../../model/types.js'
import { firstStartAtOrAfter } from '../../util/spans.js'

export { firstStartAtOrAfter }

/**
 * Records sorted by offset, so each sentence finds its own in logarithmic
 * time instead of scanning the whole document.
 */
export class SpanIndex<T extends { readonly span: Span }> {
  private readonly sorted: T[]

  constructor(records: readonly T[]) {
    this.sorted = [...records].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
  }

  /** Records lying wholly inside `span`, in text order. */
  within(span: Span): T[] {
    const list = this.sorted
    const out: T[] = []
    for (let i = firstStartAtOrAfter(list, span.start); i < list.length && list[i].span.start < span.end; i++) {
      if (list[i].span.end <= span.end) out.push(list[i])
    }
    return out
  }
}

/** The document's entity mentions, indexed by offset. */
export class EntityIndex extends SpanIndex<EntityMention> {}
