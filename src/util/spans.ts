import type { Span } from '../model/types.js'

/** Index of the first record of `list` (sorted by start) starting at or after `pos`; the length when none. */
export function firstStartAtOrAfter(list: readonly { readonly span: Span }[], pos: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].span.start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index of the first record of `list` (sorted by end) ending after `pos`; the length when none. */
export function firstEndAfter(list: readonly { readonly span: Span }[], pos: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid].span.end <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The item whose span contains `offset`, in a list of disjoint spans in text order (binary search), or undefined. */
export function itemAt<T>(list: readonly T[], offset: number, spanOf: (item: T) => Span): T | undefined {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spanOf(list[mid])
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return list[mid]
  }
  return undefined
}

/**
 * The records of `list` whose spans overlap a span, in list order, as
 * `list.filter(overlapping)` finds them, without reading the whole list for
 * each span: records sorted by start once, and only those starting within
 * the longest record's length before the span are read (a refiner that
 * filtered every candidate for each of its hits was quadratic on long texts).
 */
export function overlapIndex<T extends { readonly span: Span }>(list: readonly T[]): (span: Span) => T[] {
  const order = list.map((_, n) => n).sort((a, b) => list[a].span.start - list[b].span.start || a - b)
  const sorted = order.map((n) => list[n])
  const longest = list.reduce((max, r) => Math.max(max, r.span.end - r.span.start), 0)
  return (span) => {
    const found: number[] = []
    for (let k = firstStartAtOrAfter(sorted, span.start - longest); k < sorted.length && sorted[k].span.start < span.end; k++) {
      if (span.start < sorted[k].span.end) found.push(order[k])
    }
    return found.sort((a, b) => a - b).map((n) => list[n])
  }
}
