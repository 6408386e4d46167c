/**
 * The shape of a row of the news time table (see table.ts) and its shorthands.
 *
 * The phrases were written for Dyad after reading how public writing states
 * dates: AP-style guides (Jan., Sept., "Nov. 2 through Wednesday, Nov. 4"),
 * wire datelines (Xinhua, APP, DNA: "ISLAMABAD, AUG 30", "from Feb 7-10"),
 * government and broadcaster pages (gov.cn "Updated: Feb 3,2017 7:14 PM",
 * CGTN "21:47, 22-Aug-2018"), company filings (SEC: "fiscal years ended
 * September 30", "quarter ended Sept. 30"), Indian business press ("Q2FY25",
 * "FY25", "the April-June quarter"), RSS dates ("Tue, 01 Oct 2024 08:00:00
 * GMT"), and the test lists of other date parsers (dateparser, qddate,
 * friendlydateparser: "26 / 06 '15", "october/3/2017", "monday next week").
 * No sentence is copied: each phrase is made up in one of those formats.
 */
import type { Granularity } from '../../../src/model/types.js'

export interface NewsPhrase {
  readonly text: string
  /** The reference day (the article's date), ISO; null when the text has none. */
  readonly ref: string | null
  /** Expected interval in short form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a [from, to] pair); null: nothing to find. */
  readonly expect: string | readonly [string, string] | null
  /** Expected granularity (ignored when `expect` is null). */
  readonly granularity: Granularity | null
  readonly tense?: 'past' | 'future'
  /** The expression's text, when the phrase holds other time words. */
  readonly find?: string
  /** The text writes ambiguous numeric dates day first (a British or Indian outlet). */
  readonly dayFirst?: boolean
}

type Opts = Pick<NewsPhrase, 'tense' | 'find' | 'dayFirst'>

export const n = (text: string, ref: string | null, expect: NewsPhrase['expect'], granularity: Granularity | null, opts: Opts = {}): NewsPhrase => ({
  text,
  ref,
  expect,
  granularity,
  ...opts,
})

/** Nothing to find in the text. */
export const none = (text: string, ref: string | null = null): NewsPhrase => ({ text, ref, expect: null, granularity: null })

export const WED = '2024-11-06' // a Wednesday
export const FRI = '2023-03-17' // a Friday
export const MON = '2025-01-13' // a Monday
export const SUN = '2022-07-31' // a Sunday
