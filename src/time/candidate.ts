import type { Span, TimeInterval } from '../model/types.js'

/** The tense of the clause a time expression sits in; null when unmarked. */
export type Tense = 'past' | 'future' | null

/**
 * What an expression is resolved against: the reference day (ISO), a year
 * imposed from outside (the document year, or the year of the other end of
 * a range), and the tense of its clause.
 */
export interface Anchor {
  readonly reference: string | null
  readonly year: number | null
  readonly tense: Tense
  /** How the document writes ambiguous numeric dates (10/12/2017); month first when unset. */
  readonly dayFirst?: boolean
  /**
   * The earliest day the text can have been written, when its date is an
   * inferred window: what it announces comes after this day (the reference,
   * the window's end, may already be the day of the announced event).
   */
  readonly earliest?: string | null
}

/**
 * What an expression needs besides its own words: `none` (it states its
 * year), `year` (a month or day without a year), `reference` (relative to
 * the day of writing: "last year", "on Monday").
 */
export type Needs = 'none' | 'year' | 'reference'

/**
 * A recognized, not yet anchored time expression. Recognition happens before
 * the document is dated (dating reads the candidates), so resolution is a
 * function of the anchor rather than a value.
 */
export interface TimeCandidate {
  readonly span: Span
  readonly text: string
  readonly ruleId: string
  readonly needs: Needs
  resolve(anchor: Anchor): TimeInterval | null
  /** An as-of point ("as of October 2024", "by the end of 2023", "so far"). */
  readonly asOf?: boolean
  /** A statistics period ("the first nine months of 2024"): data about it is published after it ends. */
  readonly period?: boolean
  /** Resolved against a neighbouring expression ("shortly after" + a date, "the next day"), by a refiner. */
  readonly relation?: 'after' | 'before' | 'offset'
  /** For `offset` relations: days from the last day named before ("two days later": 2). */
  readonly offsetDays?: number
  /** For `offset` relations in months or years: months from the last time named before ("a year earlier": -12). */
  readonly offsetMonths?: number
}

const ORDER: Record<Needs, number> = { none: 0, year: 1, reference: 2 }

/** The stronger of two needs (a range needs what its weaker end needs). */
export function maxNeeds(a: Needs, b: Needs): Needs {
  return ORDER[a] >= ORDER[b] ? a : b
}

/** The span of the `t` group when the pattern has one (context words kept out), else the whole match. */
export function spanOf(match: RegExpExecArray): Span {
  const group = match.indices?.groups?.t
  if (group) return { start: group[0], end: group[1] }
  return { start: match.index, end: match.index + match[0].length }
}

/** Build a candidate from a match. */
export function fromMatch(
  match: RegExpExecArray,
  ruleId: string,
  needs: Needs,
  resolve: (anchor: Anchor) => TimeInterval | null,
  extra: Partial<Pick<TimeCandidate, 'asOf' | 'period' | 'relation' | 'offsetDays' | 'offsetMonths'>> = {},
): TimeCandidate {
  const span = spanOf(match)
  return { span, text: match.input.slice(span.start, span.end), ruleId, needs, resolve, ...extra }
}

/** Text within `width` characters before an offset (for context checks). */
export function before(text: string, offset: number, width = 24): string {
  return text.slice(Math.max(0, offset - width), offset)
}

/** Text within `width` characters after an offset. */
export function after(text: string, offset: number, width = 24): string {
  return text.slice(offset, offset + width)
}
