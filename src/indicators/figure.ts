import type { Span } from '../model/types.js'

export type FigureKind = 'money' | 'percent' | 'count' | 'rank'

/**
 * A figure as a recognizer reads it off the text, before it is interpreted
 * (indicator name, parties, period) in the build step.
 */
export interface Figure {
  readonly kind: FigureKind
  /** The amount with its unit, e.g. "US$171.9 billion". */
  readonly span: Span
  readonly value: number
  /** ISO 4217 code, or percent, count, rank, doses. */
  readonly unit: string
  /** Folded noun the figure counts or ranks ("projects", "trading partner"). */
  readonly noun?: string
  /** A rank given as "among the top N". */
  readonly approx?: boolean
  /** A rank with no noun of its own ("and the fifth-largest globally"). */
  readonly elliptical?: boolean
  /** Where the rank phrase ends (noun and tail included), for scope and parties. */
  readonly tail?: Span
  /** For a converted amount in parentheses: the original figure's span. */
  readonly convertedFrom?: Span | null
  readonly ruleId: string
}
