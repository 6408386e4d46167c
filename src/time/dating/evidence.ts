import type { Sentence, Span } from '../../model/types.js'
import { bounds, dayNumber, ymdOf } from '../calendar.js'
import type { Anchor, Tense, TimeCandidate } from '../candidate.js'

/** One thing the text says that bounds its own date. */
export interface Bound {
  readonly day: number
  /** The last day the expression covers: a report of "January 2020" is written after January, not after its first day. */
  readonly last: number
  readonly side: 'lower' | 'upper'
  /** Weak: a date in a clause with no tense marker (a caption, a present-tense aside). */
  readonly strong: boolean
  /** The expression names a day or a month, not a year or a span of years. */
  readonly fine: boolean
  readonly text: string
  readonly span: Span
  readonly why: string
}

// A figure in the sentence: the period named there is the period of a statistic.
const QUANTITY = /[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:%|per\s?cent|percent|billion|million|trillion|tonnes|tons)\b|\b(?:USD|VND|CNY|EUR)\b/i
const BY = /^by\b/i
// "less than a month before the summit at the end of June": the date is the later point of a
// comparison, said of neither the past nor the future of the writing.
const REFERENCE_POINT = /\b(?:before|ahead of|prior to|in the run-up to)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d'’-]+\s+){0,5}(?:(?:at|in|on|of)\s+)?(?:the\s+)?$/iu
// "between X and Y", "from X to Y": a span told with both ends (not a plan's "2021-2025").
const RANGE_OPEN = /\b(?:between|from)\s+$/i
const RANGE_JOIN = /\b(?:and|to|until|till|through)\b/i
const YEAR_DAYS = 366
const FISCAL = 'time:fiscal-year'
/** The earliest month a fiscal year labelled by one year ends in (March: India's FY25 ends in March 2025). */
const FISCAL_EARLIEST_END_MONTH = 3

/**
 * Bounds on the publication date from dated expressions that need at most a
 * year (`year` is imposed on year-less ones). Rules, all general:
 * - an upcoming event (future clause) has not started: publication <= its start;
 * - a past event has started: publication >= its start;
 * - an as-of figure ("as of August 20") is known: publication >= the point;
 * - a statistic over a period ("$171.9 billion in 2023", "the first nine
 *   months of 2024") is reported after the period: publication > its end;
 * - a date in an unmarked clause is weak evidence of the past.
 * Targets ("by 2030") and plans in future clauses give no lower bound.
 */
export function boundsOf(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly TimeCandidate[],
  tenses: readonly Tense[],
  pick: (c: TimeCandidate) => number | null | undefined,
): Bound[] {
  const out: Bound[] = []
  let s = 0
  candidates.forEach((c, i) => {
    if (c.needs === 'reference' || c.relation) return
    const year = pick(c)
    if (year === undefined) return
    const tense = tenses[i]
    const anchor: Anchor = { reference: null, year, tense }
    const v = c.resolve(anchor)
    if (!v) return
    const [start, end] = bounds(v)
    while (s < sentences.length - 1 && c.span.start >= sentences[s].span.end) s++
    const sentence = sentences[s] && c.span.start >= sentences[s].span.start ? sentences[s].span : null
    const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : text.slice(Math.max(0, c.span.start - 120), c.span.end + 120)
    const base = { text: c.text, span: c.span, fine: end - start <= 31 }
    if (tense === 'future') {
      if (!c.asOf) out.push({ ...base, day: start, last: start, side: 'upper', strong: true, why: 'upcoming' })
      return
    }
    if (c.asOf) {
      if (BY.test(c.text) && tense !== 'past') return // a target or deadline, not a figure already known
      out.push({ ...base, day: start, last: end, side: 'lower', strong: true, why: 'as of' })
      return
    }
    if (REFERENCE_POINT.test(text.slice(Math.max(0, c.span.start - 60), c.span.start))) return
    // A year (or a quarter, a run of months) with a figure is a statistic; a single month with one is
    // as often an event ("in March, X deposited $5 billion"), so it keeps the event rule.
    const statistic = (c.period || (v.granularity === 'year' && QUANTITY.test(sentenceText))) && end - start < YEAR_DAYS
    if (statistic) {
      // "FY25" may end in March 2025 (India), June (Bangladesh, Australia),
      // September (US) or March 2026 (Japan): over by the earliest of them.
      const over = c.ruleId === FISCAL && v.granularity === 'year' ? dayNumber(ymdOf(start)[0], FISCAL_EARLIEST_END_MONTH + 1, 1) - 1 : end
      out.push({ ...base, day: over + 1, last: over + 1, side: 'lower', strong: true, why: 'figure for a period that is over' })
      return
    }
    // In an unmarked clause (a caption, a present-tense aside) a full date is still good evidence of
    // the past; a bare year or month is not ("the anniversary in 2025").
    const strong = tense === 'past' || (v.granularity === 'day' && start === end)
    // A span told as past ("between December 2014 and January 2020") is over by the time of writing.
    // Its last part has begun: the start of that part (the last year of "between 2020 and 2022").
    const before = text.slice(Math.max(0, c.span.start - 12), c.span.start)
    const closedSpan = tense === 'past' && end > start && RANGE_OPEN.test(before) && RANGE_JOIN.test(c.text)
    out.push({
      ...base,
      day: closedSpan ? lastPartStart(end, v.granularity) : start,
      last: end,
      side: 'lower',
      strong,
      why: tense === 'past' ? 'reported as past' : strong ? 'a dated caption or aside' : 'unmarked clause',
    })
  })
  return out
}

/** The calendar year of a day number. */
export function yearOfDay(day: number): number {
  return ymdOf(day)[0]
}

/** The first day of the last year, month or day of a span ending on `end`. */
function lastPartStart(end: number, granularity: string): number {
  const [y, m] = ymdOf(end)
  return granularity === 'year' ? dayNumber(y, 1, 1) : granularity === 'month' ? dayNumber(y, m, 1) : end
}
