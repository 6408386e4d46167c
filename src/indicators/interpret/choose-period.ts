import type { Period, Published } from '../../model/types.js'
import type { Figure } from '../figure.js'
import { firstStartAtOrAfter } from './entity-index.js'
import type { PeriodPhrase } from './period.js'
import { yearPeriod } from './period.js'

export interface PeriodInput {
  readonly figure: Figure
  readonly indicator: string
  readonly phrases: SentencePhrases
  /** Where the next figure of the sentence starts. */
  readonly nextStart: number
  readonly ref: string | null
  readonly published: Published | null
  /** The explicit period of the previous sentence in the paragraph. */
  readonly carried: Period | null
  readonly text: string
}

/**
 * A sentence's period phrases (sorted by start), with the subsets figures
 * choose from computed once per sentence rather than once per figure.
 */
export class SentencePhrases {
  /** Phrases that are not comparison bases. */
  readonly usable: readonly PeriodPhrase[]
  /** Usable as-of phrases: the only ones that date a count of meetings. */
  readonly asOf: readonly PeriodPhrase[]

  constructor(phrases: readonly PeriodPhrase[]) {
    this.usable = phrases.filter((p) => !p.base)
    this.asOf = this.usable.filter((p) => p.asOf)
  }
}

/** Stocks are stated as of a day; counts of projects or meetings accumulate. */
const STOCKS = /^(?:fdi_registered|fdi_projects|mechanism_meetings|vaccine_doses_\w+)$/
const RANKS = /_rank$/
const CUMULATIVE = /\b(?:overall|cumulative(?:ly)?|all[- ]time|to date|in total)\b/i
const EVENTS = /^(?:deal_value|aid_value)$/

/**
 * The period a figure covers: the time phrase right after it in its own
 * stretch ("$148.6 billion in the first nine months of 2024"), else the
 * nearest one before it ("In January-August this year, ..."), else the
 * paragraph's, else the document's own date: the reference year for ranks
 * and flows ("Currently, China is ..."), an as-of day for stocks. `window`:
 * the period was read from the document's inferred window.
 */
export function choosePeriod(input: PeriodInput): { period: Period | null; explicit: boolean; window?: true } {
  const { figure, indicator, ref } = input
  const end = (figure.tail ?? figure.span).end
  // "the seventh-largest source of FDI overall": a cumulative rank, as of now.
  if (RANKS.test(indicator) && ref && CUMULATIVE.test(input.text.slice(figure.span.start, end))) {
    return { period: yearPeriod(Number(ref.slice(0, 4))), explicit: false }
  }
  // Meetings "held so far" since a mechanism was set up "in 2006": only as-of phrases date the count.
  const usable = indicator === 'mechanism_meetings' ? input.phrases.asOf : input.phrases.usable
  // Phrases are sorted by start: each look-up is a binary search, not a scan of the sentence's phrases.
  const next = firstStartAtOrAfter(usable, figure.span.end)
  const after = next < usable.length && usable[next].span.start < Math.max(input.nextStart, end + 1) ? usable[next] : undefined
  // "7.3 million doses in donation and 45 million in sales as of late 2021": a phrase
  // closing a coordination without a clause break dates every figure in it. Only the
  // first phrase after the figure can qualify: any later one has the same stretch and more.
  const first = usable[firstStartAtOrAfter(usable, end)]
  const later = first && !/[,;:]/.test(input.text.slice(end, first.span.start)) ? first : undefined
  let before: PeriodPhrase | undefined
  for (let i = firstStartAtOrAfter(usable, figure.span.start) - 1; i >= 0 && !before; i--) if (usable[i].span.end <= figure.span.start) before = usable[i]
  const phrase = after ?? later ?? before
  if (phrase) {
    let period = phrase.period
    if (!period) return { period: null, explicit: false }
    if (RANKS.test(indicator) && 'as_of' in period && ref && period.as_of === ref) period = yearPeriod(Number(ref.slice(0, 4)))
    return { period, explicit: true }
  }
  if (input.carried && !RANKS.test(indicator) && indicator !== 'mechanism_meetings') return { period: input.carried, explicit: false }
  if (!ref) return { period: null, explicit: false }
  const dated = datedByDocument(indicator, input.published, ref)
  if (dated) return { period: dated, explicit: false, ...(input.published?.basis === 'inferred' ? { window: true } : {}) }
  return { period: yearPeriod(Number(ref.slice(0, 4))), explicit: false }
}

/**
 * The period of a stock or a deal that no phrase dates, read from the
 * document's date (null for other indicators): what re-dating a stored
 * figure under a borrowed window computes again (src/app/redate.ts).
 */
export function datedByDocument(indicator: string, published: Published | null, ref: string): Period | null {
  const p = published
  if (STOCKS.test(indicator)) {
    // An inferred publication window is all we know of "now": say so rather than pick a day.
    if (p && p.basis === 'inferred' && p.start < p.end) return { start: p.start, end: p.end }
    return { as_of: ref }
  }
  if (EVENTS.test(indicator)) return p ? { start: p.start, end: p.end } : { start: ref, end: ref }
  return null
}
