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
