import type { Period, Span, TimeMention } from '../../model/types.js'
import type { PipelineContext } from '../../pipeline/context.js'
import { parseCount, WORD_NUMBER_SOURCE } from '../numbers.js'
import { firstEndAfter } from '../../util/spans.js'

/**
 * Periods of figures: the reporting window a figure covers ("the first nine
 * months of 2024"), a year, or an as-of point for stocks ("as of August
 * 20"). Read with one pattern per sentence; comparison bases ("up 10.8%
 * from 2021", "compared to the same period last year") are marked so they
 * are never taken as the figure's own period.
 */
export interface PeriodPhrase {
  readonly span: Span
  /** Null for a relative phrase ("this year") in a document with no known date. */
  readonly period: Period | null
  /** as_of phrases, "so far", "currently". */
  readonly asOf: boolean
  /** A comparison base, not the figure's period. */
  readonly base: boolean
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const MONTH = String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)(?![a-z])`
const YEAR = String.raw`(?:19|20)\d{2}`
const REL = String.raw`(?:this|last|the current|the previous|the past|next) year`
const N = String.raw`(?:\d{1,2}|${WORD_NUMBER_SOURCE})`

const PATTERN = new RegExp(
  [
    // the first nine months of 2024 / of this year; the first half/quarter
    String.raw`(?<firstn>(?:the )?first (?:(?<fn>${N}) months?|(?<fpart>half|quarter|semester)) of (?:(?<fy>${YEAR})|(?<frel>${REL}))|(?:the )?first (?:(?<fn2>${N}) months|(?<fpart2>half|quarter)) (?=this year|last year))`,
    // the past nine months: the whole months before the reference month
    String.raw`(?<pastn>(?:the )?(?:past|last|previous|preceding) (?<pn>${N}) months)`,
    // January-August this year / from January to August 2022
    String.raw`(?<mrange>(?:from )?(?<m1>${MONTH})\s?(?:-|–|to|through)\s?(?<m2>${MONTH})(?:,?\s(?<my>${YEAR})|\s(?<mrel>${REL}))?)`,
    // as of August 20 / by the end of July 2024 / as of late 2021 / so far
    String.raw`(?<asof>(?:as of|as at|by the end of|by end-|by end of|at the end of|as of the end of|until the end of|up to the end of)\s(?:(?<late>late|early|mid-?)\s?)?(?:(?<am>${MONTH})(?:\s(?<ad>\d{1,2})\b)?(?:,?\s(?<ay>${YEAR}))?|(?<ay2>${YEAR})|(?<arel>${REL})))`,
    String.raw`(?<now>\b(?:so far|to date|currently|at present|as of now|by now|up to now|till now|until now)\b)`,
    // 2022-23, 2020-2021 financial year, between 2020 and 2022
    String.raw`(?<fy2>(?:between\s)?(?<y1>${YEAR})\s?(?:-|–|/|and|to)\s?(?<y2>\d{4}|\d{2})(?!\d))`,
    String.raw`(?<since>since\s(?<sy>${YEAR}))`,
    // July 2022 / August 20, 2022 / 20 June 2022
    String.raw`(?<mdate>(?:(?<dd>\d{1,2})\s)?(?<mm>${MONTH})(?:\s(?<md>\d{1,2})\b)?(?:,?\s(?<mdy>${YEAR}))?)`,
    String.raw`(?<rel>\b${REL})`,
    String.raw`(?<year>(?<![\w-])${YEAR}(?![\w-]))`,
  ].join('|'),
  'gi',
)

const BASE_BEFORE =
  /\b(?:compared (?:to|with)|from|than(?: in)?|over|against|versus|vs\.?|on)\s+(?:the\s+)?(?:same (?:period|time|months?)\s+(?:of\s+|in\s+)?)?(?:the\s+)?(?:year\s+)?$/i
const BASE_BEFORE_SAME = /same (?:period|time|months?)\s+(?:of\s+|in\s+)?(?:the\s+)?$/i
// "has increased 21 times since Lula's first visit to China in 2004": the year of the starting point.
const BASE_SINCE = /\bsince\s+(?:[\w'’-]+\s+){1,8}?(?:in|of)\s+$/i
// "$7.1 billion, the lowest since September 2010": the point a record is measured from.
const BASE_RECORD = /\b(?:lowest|highest|smallest|largest|biggest|weakest|strongest|best|worst|fastest|slowest)\s+(?:[\w'’-]+\s+){0,3}?since\s+$/i

/** The words before a time phrase make it a comparison base, not a figure's period. */
function isComparisonBase(before: string): boolean {
  return BASE_BEFORE.test(before) || BASE_BEFORE_SAME.test(before) || BASE_SINCE.test(before) || BASE_RECORD.test(before)
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function lastDay(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return `${y}-${pad(m)}-${pad(d)}`
}

function monthOf(text: string): number {
  const t = text.toLowerCase().replace(/\.$/, '')
  return MONTH_NAMES.findIndex((m) => m.startsWith(t.slice(0, 3))) + 1
}

function relYear(rel: string, refYear: number | null): number | null {
  if (refYear === null) return null
  const r = rel.toLowerCase()
  if (r.startsWith('last') || r.startsWith('the previous') || r.startsWith('the past')) return refYear - 1
  if (r.startsWith('next')) return refYear + 1
  return refYear
}

/** The years from `y1` to `y2` ("2022" to "23" or "2023"). */
function yearsBetween(y1: string, y2: string): number {
  const a = Number(y1)
  const b = y2.length === 2 ? Math.floor(a / 100) * 100 + Number(y2) : Number(y2)
  return b - a
}

function yearPeriod(y: number): Period {
  return { start: `${y}-01-01`, end: `${y}-12-31` }
}

/** The reference day of the document: the time stage's, or its publication date. */
export function referenceDay(ctx: PipelineContext): string | null {
  return ctx.reference ?? ctx.published?.end ?? null
}

/** Every period phrase in `text` (a sentence starting at `offset`). */
export function periodPhrases(text: string, offset: number, ref: string | null, refStated = true): PeriodPhrase[] {
  const refYear = ref ? Number(ref.slice(0, 4)) : null
  // "As of August 20" in a July article is last year's August, but only when the
  // article's date is stated: an inferred date is too loose to move a year by.
  const refMonth = ref && refStated ? Number(ref.slice(5, 7)) : null
  const out: PeriodPhrase[] = []
  PATTERN.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = PATTERN.exec(text)) !== null) {
    const g = m.groups!
    const span = { start: offset + m.index, end: offset + m.index + m[0].length }
    const before = text.slice(Math.max(0, m.index - 50), m.index)
    // "rose 5% from 2022 to 2023": a change between two years, stated of the later one, not a base.
    const gap = g.fy2 ? yearsBetween(g.y1!, g.y2!) : 0
    const change = gap > 0 && gap <= 30 && /\bfrom\s+$/i.test(before) && /\bto\b/i.test(m[0])
    // "over the last three months" is a stretch of time, not a comparison base.
    const base = !change && !g.pastn && isComparisonBase(before)
    const period = change ? { period: yearPeriod(Number(g.y1) + gap), asOf: false } : read(g, refYear, refMonth, ref)
    // A relative phrase without a reference day still claims its figure: unknown, not another phrase's period.
    if (!period) {
      if (refYear === null && /\b(?:this|last|next|current|previous|past) year\b|so far|to date|currently|at present/i.test(m[0])) {
        out.push({ span, period: null, asOf: false, base })
      }
      continue
    }
    out.push({ span, period: period.period, asOf: period.asOf, base })
  }
  return out
}

function read(
  g: Record<string, string | undefined>,
  refYear: number | null,
  refMonth: number | null,
  ref: string | null,
): { period: Period; asOf: boolean } | null {
  if (g.firstn) {
    const y = g.fy ? Number(g.fy) : relYear(g.frel ?? 'this year', refYear)
    if (y === null) return null
    const part = (g.fpart ?? g.fpart2)?.toLowerCase()
    const n = part ? (part === 'quarter' ? 3 : 6) : parseCount(g.fn ?? g.fn2 ?? '')
    if (!n || n > 12) return null
    return { period: { start: `${y}-01-01`, end: lastDay(y, n) }, asOf: false }
  }
  if (g.pastn) {
    const n = parseCount(g.pn ?? '')
    if (!ref || !n || n > 24) return null
    // Months counted back from the one before the reference month.
    const endMonth = Number(ref.slice(0, 4)) * 12 + Number(ref.slice(5, 7)) - 2
    const startMonth = endMonth - n + 1
    const ym = (k: number) => ({ y: Math.floor(k / 12), m: (k % 12) + 1 })
    const a = ym(startMonth)
    const b = ym(endMonth)
    return { period: { start: `${a.y}-${pad(a.m)}-01`, end: lastDay(b.y, b.m) }, asOf: false }
  }
  if (g.mrange) {
    const y = g.my ? Number(g.my) : relYear(g.mrel ?? 'this year', refYear)
    const a = monthOf(g.m1 ?? '')
    const b = monthOf(g.m2 ?? '')
    if (y === null || a < 1 || b < a) return null
    return { period: { start: `${y}-${pad(a)}-01`, end: lastDay(y, b) }, asOf: false }
  }
  if (g.asof) {
    let y = g.ay ? Number(g.ay) : g.ay2 ? Number(g.ay2) : g.arel ? relYear(g.arel, refYear) : refYear
    if (y === null) return null
    if (g.am) {
      const month = monthOf(g.am)
      // "as of August 20" in an October article: this year; in a March article: last year.
      if (!g.ay && refMonth !== null && month > refMonth) y -= 1
      const day = g.ad ? `${y}-${pad(month)}-${pad(Number(g.ad))}` : lastDay(y, month)
      return { period: { as_of: day }, asOf: true }
    }
    const late = g.late?.toLowerCase()
    const day = late === 'early' ? `${y}-03-31` : late?.startsWith('mid') ? `${y}-06-30` : `${y}-12-31`
    return { period: { as_of: day }, asOf: true }
  }
  if (g.now) return ref ? { period: { as_of: ref }, asOf: true } : null
  if (g.fy2) {
    const y1 = Number(g.y1)
    const y2 = y1 + yearsBetween(g.y1 ?? '', g.y2 ?? '')
    if (!(y2 > y1 && y2 - y1 <= 30)) return null
    return { period: { start: `${y1}-01-01`, end: `${y2}-12-31` }, asOf: false }
  }
  if (g.since) {
    const y = Number(g.sy)
    return { period: { start: `${y}-01-01`, end: ref && Number(ref.slice(0, 4)) >= y ? ref : `${y}-12-31` }, asOf: false }
  }
  if (g.mdate) {
    const month = monthOf(g.mm ?? '')
    if (month < 1) return null
    // "May" alone is too often a verb to be read as a month.
    if (!g.mdy && !g.dd && !g.md && /^may$/i.test(g.mm ?? '')) return null
    let y = g.mdy ? Number(g.mdy) : refYear
    if (y === null) return null
    if (!g.mdy && refMonth !== null && month > refMonth) y -= 1
    const d = g.dd ?? g.md
    if (d) {
      const day = `${y}-${pad(month)}-${pad(Number(d))}`
      return { period: { start: day, end: day }, asOf: false }
    }
    return { period: { start: `${y}-${pad(month)}-01`, end: lastDay(y, month) }, asOf: false }
  }
  if (g.rel) {
    const y = relYear(g.rel, refYear)
    return y === null ? null : { period: yearPeriod(y), asOf: false }
  }
  if (g.year) return { period: yearPeriod(Number(g.year)), asOf: false }
  return null
}

// bounded: the 16 characters before a time mention.
const DATE_LABEL = /(?:^|\n|\s)(?:date[d]?|updated|published|posted)\s*:?\s*$/i

/**
 * Time mentions of the time stage inside the sentence that none of our own
 * phrases covers ("on Tuesday", "last week"), as candidates of lower rank.
 */
export function timePhrases(times: readonly TimeMention[], sentence: Span, text: string, own: readonly PeriodPhrase[]): PeriodPhrase[] {
  const out: PeriodPhrase[] = []
  for (const t of times) {
    if (!t.value || t.span.start < sentence.start || t.span.end > sentence.end) continue
    // "date 2020-09-07 Trade fell 20% in eight months": a page's date label dates the page, not the figure.
    if (DATE_LABEL.test(text.slice(Math.max(0, t.span.start - 16), t.span.start))) continue
    if (t.value.granularity === 'duration' || t.value.granularity === 'decade') continue
    if (overlapsAny(own, t.span)) continue
    const before = text.slice(Math.max(0, t.span.start - 50), t.span.start)
    const base = isComparisonBase(before)
    const period: Period = t.asOf ? { as_of: t.value.end } : { start: t.value.start, end: t.value.end }
    out.push({ span: t.span, period, asOf: !!t.asOf, base })
  }
  return out
}

/**
 * Whether `span` overlaps one of `phrases`. Phrases of one sentence come
 * from one global pattern, so they are in order and never overlap: their
 * ends increase too, and the only candidate is the first ending after
 * `span` starts (binary search, not a scan per time mention).
 */
function overlapsAny(phrases: readonly PeriodPhrase[], span: Span): boolean {
  const lo = firstEndAfter(phrases, span.start)
  return lo < phrases.length && phrases[lo].span.start < span.end
}

/** The year a period falls in (its end, or its as-of day). */
export function periodYear(p: Period | null): number | null {
  if (!p) return null
  return Number(('as_of' in p ? p.as_of : p.end).slice(0, 4))
}

export { yearPeriod }
