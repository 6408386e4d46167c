import type { Span } from '../../model/types.js'
import type { Figure } from '../figure.js'

const CLAUSE_BREAK = /;|,\s*(?:while|whereas|but|and)\b/
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g')

/** Where a figure looks for the words that name it. */
export interface FigureStretch {
  /** Back to the end of the previous figure of the same kind (or the sentence start). */
  readonly left: Span
  /** Forward to the next figure, or to the next coordinated clause before it. */
  readonly right: Span
  /** Where the next figure of the sentence starts (the sentence end for the last). */
  readonly nextStart: number
}

/**
 * The own stretch of each figure of one sentence (figures in text order):
 * "exports rose 5% to $147 billion" keeps "exports" for the amount, and
 * "..., while imports ..." starts another figure's clause. One pass: the end
 * of the last figure of each kind is carried along rather than searched for
 * among the figures before (a search per figure made sentences of thousands
 * of figures quadratic), and each clause break is sought only up to the next
 * figure.
 */
export function figureStretches(text: string, sentence: Span, figures: readonly Figure[]): FigureStretch[] {
  const lastEnd = new Map<Figure['kind'], number>()
  const out: FigureStretch[] = []
  const n = figures.length
  let next: Figure | undefined = figures[0]
  for (let i = 0; i < n; i++) {
    const figure = next!
    next = i + 1 < n ? figures[i + 1] : undefined
    const prevEnd = lastEnd.get(figure.kind) ?? sentence.start
    lastEnd.set(figure.kind, (figure.tail ?? figure.span).end)
    const nextStart = next ? next.span.start : sentence.end
    const clauseBreak = CLAUSE_BREAK.exec(text.slice(figure.span.end, nextStart))
    out.push({
      left: { start: Math.min(prevEnd, figure.span.start), end: figure.span.start },
      right: { start: figure.span.end, end: Math.max(clauseBreak ? figure.span.end + clauseBreak.index : nextStart, figure.span.end) },
      nextStart,
    })
  }
  return out
}

/** The part of a figure's left stretch after its last clause break (all of it when there is none). */
export function ownClause(text: string, left: Span): Span {
  let start = left.start
  const piece = text.slice(left.start, left.end)
  for (const m of piece.matchAll(CLAUSE_BREAKS)) start = left.start + m.index + m[0].length
  return { start, end: left.end }
}
