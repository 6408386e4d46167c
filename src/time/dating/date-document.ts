import type { Diagnostic, Published, ReferenceHint, Sentence } from '../../model/types.js'
import { isoOf } from '../calendar.js'
import type { Tense, TimeCandidate } from '../candidate.js'
import { datingDiagnostic, inferWindow, type InferredWindow } from './infer-window.js'
import { singleDay, statedDate } from './stated.js'
import { withOffices } from './with-offices.js'
import { yearOfDay } from './evidence.js'
import { weekdayYears } from './weekday-year.js'

/** The document's date and the day its relative expressions are anchored to. */
export interface Dating {
  readonly published: Published | null
  readonly reference: string | null
  readonly diagnostics: Diagnostic[]
  /**
   * The years that, lent by the documents of its pair (a `ReferenceHint`
   * with `year`), would leave this dating as it is: such a hint re-dates
   * nothing. Empty for a stated date.
   */
  readonly yearsLentIdle: readonly number[]
}

export interface DatingInput {
  readonly text: string
  readonly statedDate?: string | null
  readonly sentences: readonly Sentence[]
  readonly candidates: readonly TimeCandidate[]
  readonly tenses: readonly Tense[]
  /** A window borrowed from a companion document (cross-document dating); a stated date still wins. */
  readonly hint?: ReferenceHint | null
}

/** Marks the `time:dating` diagnostic of a date borrowed from another document. */
export const CROSS_DOCUMENT = 'cross-document:'

/**
 * Date a document: a stated date when there is one (start = end, basis
 * `stated`); otherwise a window inferred from its content (basis
 * `inferred`). The reference for relative expressions is the stated day,
 * or the end of the inferred window: a text is written before what it
 * announces and after what it reports, and its "last year" and "on Monday"
 * are read from the latest day it can have been written.
 */
export function dateDocument(input: DatingInput): Dating {
  const content = inferWindow(input.text, input.sentences, input.candidates, input.tenses)
  const window = withOffices(input.text, content, (from, to) => {
    const years = weekdayYears(input.text, input.candidates, yearOfDay(from), yearOfDay(to))
    return years?.length === 1 ? inferWindow(input.text, input.sentences, input.candidates, input.tenses, null, years[0]) : null
  })
  const stated = statedDate(input.text, input.statedDate, input.candidates, (c) => chooseDay(c, windowWithout(input, c, window)))
  if (stated) {
    const day = isoOf(stated.day)
    return {
      published: { start: day, end: day, basis: 'stated' },
      reference: day,
      diagnostics: [{ ...datingDiagnostic(`published ${day}, stated: ${stated.how} ("${stated.text}")`), span: stated.span ?? undefined }],
      yearsLentIdle: [],
    }
  }
  // Only a year is lent: the text's own dates, read in it, give the window;
  // one outside the period the text's titles allow is no year of this text.
  const lent = input.hint?.year !== undefined ? inferWindow(input.text, input.sentences, input.candidates, input.tenses, input.hint.year) : null
  const idle = yearsLentIdle(input, content, window)
  if (input.hint && lent && (!window || (lent.start <= window.end && lent.end >= window.start)))
    return fromHint(
      {
        ...input.hint,
        published: { start: isoOf(lent.start), end: isoOf(lent.end), basis: 'inferred' },
        reference: isoOf(lent.end),
        reasoning: `${input.hint.reasoning}; ${lent.reason}`,
      },
      window,
      idle,
    )
  if (input.hint && (input.hint.year === undefined || !window)) return fromHint(input.hint, window, idle)
  if (window) {
    const start = isoOf(window.start)
    const end = isoOf(window.end)
    return {
      published: { start, end, basis: 'inferred' },
      reference: end,
      diagnostics: [datingDiagnostic(`published between ${start} and ${end}, inferred: ${window.reason}; relative expressions read from ${end}`)],
      yearsLentIdle: idle,
    }
  }
  return {
    published: null,
    reference: null,
    diagnostics: [
      {
        reason: 'no date stated and none inferable from the content: relative and year-less expressions are left unresolved',
        ruleId: 'time:dating',
        severity: 'warning',
      },
    ],
    yearsLentIdle: idle,
  }
}

/**
 * The years a document of its pair may lend (those its window spans,
 * src/resolve/dating.ts pairYear) that would leave this dating as it is:
 * the window a lent year gives its year-less dates is none, or does not
 * meet the window the text gives (the test dateDocument makes). Only a text
 * naming dates without their year is lent one; for any other, none.
 * `content` is the window of the text's dated facts alone: when it has one,
 * some expression states a year and inferWindow reads its year-less dates in
 * that year, not in the one lent, so every year lends `content` itself.
 */
function yearsLentIdle(input: DatingInput, content: InferredWindow | null, window: InferredWindow | null): number[] {
  if (window === null || !input.candidates.some((c) => c.needs === 'year')) return []
  const [first, last] = [yearOfDay(window.start), yearOfDay(window.end)]
  if (last - first > MAX_YEARS_CHECKED) return []
  const idle: number[] = []
  for (let year = first; year <= last; year++) {
    const lent = content ?? inferWindow(input.text, input.sentences, input.candidates, input.tenses, year)
    if (!lent || lent.start > window.end || lent.end < window.start) idle.push(year)
  }
  return idle
}

/** Windows spanning more years are not checked (the titles a text gives date it within a few terms of office). */
const MAX_YEARS_CHECKED = 40

/** The content's window without one candidate (so an ambiguous date is not judged by itself). */
function windowWithout(input: DatingInput, c: TimeCandidate, window: InferredWindow | null): InferredWindow | null {
  if (c.ruleId !== 'time:numeric-date') return window
  const keep = input.candidates.map((x) => x !== c)
  return inferWindow(
    input.text,
    input.sentences,
    input.candidates.filter((_, i) => keep[i]),
    input.tenses.filter((_, i) => keep[i]),
  )
}

/**
 * The day a header date names. A year-less one takes the year read from the
 * content (the document year); an ambiguous numeric one (10/12/2017) the order that falls
 * nearest the content's window.
 */
function chooseDay(c: TimeCandidate, window: InferredWindow | null): number | null {
  if (c.needs === 'year') {
    // A year-less dateline is in the document year, or the next one if that would put it before a reported fact.
    if (!window) return null
    const inYear = singleDay(c, (x) => x.resolve({ reference: null, year: window.year, tense: null }))
    if (inYear === null || inYear >= window.start) return inYear
    return singleDay(c, (x) => x.resolve({ reference: null, year: window.year + 1, tense: null }))
  }
  if (c.needs !== 'none') return null
  const plain = singleDay(c, (x) => x.resolve({ reference: null, year: null, tense: null }))
  if (c.ruleId !== 'time:numeric-date' || !window) return plain
  const readings = [false, true]
    .map((dayFirst) => singleDay(c, (x) => x.resolve({ reference: null, year: null, tense: null, dayFirst })))
    .filter((d): d is number => d !== null)
  const distance = (d: number) => (d < window.start ? window.start - d : d > window.end ? d - window.end : 0)
  return readings.sort((a, b) => distance(a) - distance(b))[0] ?? plain
}

/**
 * The dating a companion document lends: its window and reference replace
 * the content's own inference (which found no year or day to go by). The
 * reasoning is kept, with what the text alone would have said.
 */
function fromHint(hint: ReferenceHint, own: InferredWindow | null, yearsLentIdle: number[]): Dating {
  const { start, end } = hint.published
  return {
    published: { start, end, basis: 'inferred' },
    reference: hint.reference,
    diagnostics: [borrowedDating(hint, own ? { start: isoOf(own.start), end: isoOf(own.end) } : null)],
    yearsLentIdle,
  }
}

/** The `time:dating` diagnostic of a borrowed date, with the window the text alone gave (null: none). */
export function borrowedDating(hint: ReferenceHint, own: { readonly start: string; readonly end: string } | null): Diagnostic {
  const { start, end } = hint.published
  const alone = own ? `; the text alone gave ${own.start} to ${own.end}` : '; the text alone gave no date'
  return datingDiagnostic(
    `${CROSS_DOCUMENT} published between ${start} and ${end}, inferred: ${hint.reasoning}${alone}; relative expressions read from ${hint.reference}`,
  )
}
