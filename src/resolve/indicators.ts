import type { Conflict, IndicatorMention } from '../model/types.js'

export interface StoredIndicator {
  readonly id: string
  readonly doc: string
  readonly indicator: IndicatorMention
}

/** Group figures about the same quantity; placeholder finds nothing yet. */
export function reconcileIndicators(_indicators: readonly StoredIndicator[]): Conflict[] {
  return []
}
