import { formatValue, humanize } from '../../shared/figure-text.js'
import type { IndicatorResult } from '../query/index.js'
import { leadingRank } from '../leading-indicators.js'
import { formatPeriod } from '../../shared/when-text.js'
import { scopeLabel } from '../../shared/scope.js'

// Quantities that are the same whichever side is named first.
const SYMMETRIC = new Set(['trade_turnover'])

/** A headline figure: the newest national value of one quantity, with the value before it. */
export interface HeadlineFigure {
  readonly figure: IndicatorResult
  /** The previous value of the same quantity over a comparable period, when stated. */
  // trend: 'up' is a rise in value, or a better (lower-numbered) rank
  readonly previous: IndicatorResult | null
  readonly trend: 'up' | 'down' | 'unchanged' | null
}

const periodEnd = (f: IndicatorResult) => (f.period ? ('as_of' in f.period ? f.period.as_of : f.period.end) : '')

/** The quantity a figure measures; both directions of a symmetric one are one quantity. */
export function quantityKey(f: IndicatorResult): string {
  const sides = SYMMETRIC.has(f.indicator) ? [f.subject, f.counterpart].sort() : [f.subject, f.counterpart]
  return [f.indicator, ...sides, f.scope ?? '', f.unit].join('|')
}

/** Both sides are the pair's countries: not a province, a city or a ministry. */
export function isNational(f: IndicatorResult, countries: readonly string[]): boolean {
  return !!f.subject && !!f.counterpart && f.subject !== f.counterpart && countries.includes(f.subject) && countries.includes(f.counterpart)
}

/** Periods that can be compared: two as-of stocks, or flows over the same months of the year and the same length. */
function comparable(a: IndicatorResult, b: IndicatorResult): boolean {
  if (!a.period || !b.period) return false
  if ('as_of' in a.period || 'as_of' in b.period) return 'as_of' in a.period && 'as_of' in b.period
  const len = (p: { start: string; end: string }) => Math.round((Date.parse(p.end) - Date.parse(p.start)) / 86_400_000 / 28)
  return a.period.start.slice(5) === b.period.start.slice(5) && len(a.period) === len(b.period)
}

/**
 * The headline: national figures only, the newest of each quantity, leading
 * indicators first, ranks within a region after the whole-country ones; each
 * with the previous comparable value of its quantity.
 */
export function nationalHeadline(figures: readonly IndicatorResult[], countries: readonly string[], max = 6): HeadlineFigure[] {
  const series = new Map<string, IndicatorResult[]>()
  for (const f of figures) {
    if (!isNational(f, countries) || !f.period) continue
    const k = quantityKey(f)
    series.set(k, [...(series.get(k) ?? []), f])
  }
  const heads = [...series.values()].map((list): HeadlineFigure => {
    const sorted = [...list].sort((a, b) => periodEnd(b).localeCompare(periodEnd(a)) || a.id.localeCompare(b.id))
    const figure = sorted[0]!
    const previous = sorted.find((f) => periodEnd(f) < periodEnd(figure) && comparable(f, figure)) ?? null
    // a rank rises as its number falls (No. 6 -> No. 5 is up)
    const sign = figure.unit === 'rank' ? -1 : 1
    const trend = previous ? (sign * (figure.value - previous.value) > 0 ? 'up' : figure.value === previous.value ? 'unchanged' : 'down') : null
    return { figure, previous, trend }
  })
  return heads
    .sort(
      (a, b) =>
        Number(!!a.figure.scope) - Number(!!b.figure.scope) ||
        leadingRank(a.figure.indicator) - leadingRank(b.figure.indicator) ||
        a.figure.indicator.localeCompare(b.figure.indicator) ||
        periodEnd(b.figure).localeCompare(periodEnd(a.figure)),
    )
    .slice(0, max)
}

/** `for 2021`, `in Jan–Aug 2022`, `as of 31 Oct 2024`. */
function when(f: IndicatorResult): string {
  const p = formatPeriod(f.period)
  return p.startsWith('as of') ? p : `in ${p}`
}

const value = (f: IndicatorResult) => formatValue(f.value, f.unit, f.bound)
const rank = (f: IndicatorResult) => (f.unit === 'rank' ? `No. ${f.value}` : value(f))

/**
 * A figure as a sentence an analyst can quote, naming who states it:
 * "Trade between Vietnam and China was US$148.6 billion in Jan–Sep 2024, up
 * from over US$120 billion in Jan–Sep 2023 (General Department of Customs)."
 */
export function figureSentence(h: HeadlineFigure, name: (key: string | null) => string, credit: string): string {
  const f = h.figure
  const [a, b] = [name(f.subject), name(f.counterpart)]
  // 'No. 1 trade partner in ASEAN', 'No. 6 trade partner overall' (src/shared/scope.ts)
  const among = f.scope ? ` in ${f.scope}` : scopeLabel(f) ? ` ${scopeLabel(f)}` : ''
  let s: string
  switch (f.indicator) {
    case 'trade_turnover':
      s = `Trade between ${a} and ${b} was ${value(f)} ${when(f)}`
      break
    case 'exports':
      s = `${a}'s exports to ${b} were ${value(f)} ${when(f)}`
      break
    case 'imports':
      s = `${a}'s imports from ${b} were ${value(f)} ${when(f)}`
      break
    case 'fdi_registered':
      s = `${a}'s registered investment in ${b} stood at ${value(f)} ${when(f)}`
      break
    case 'fdi_projects':
      s = `${a} had ${value(f)} investment projects in ${b} ${when(f)}`
      break
    case 'trade_partner_rank':
      s = `${a} was ${b}'s ${rank(f)} trade partner${among} ${when(f)}`
      break
    case 'export_market_rank':
      s = `${a} was ${b}'s ${rank(f)} export market${among} ${when(f)}`
      break
    case 'investor_rank':
      s = `${a} was the ${rank(f)} investor in ${b}${among} ${when(f)}`
      break
    case 'trade_target':
      s = `${a} and ${b} aim for trade of ${value(f)} ${when(f).replace(/^in /, 'by ')}`
      break
    case 'growth_pct':
      s = `Growth in trade between ${a} and ${b} was ${value(f)} ${when(f)}`
      break
    default:
      s = `${humanize(f.indicator)} (${a} → ${b}${among}): ${value(f)} ${when(f)}`
  }
  if (h.previous && h.trend) {
    const p = h.previous
    const was = f.unit === 'rank' ? rank(p) : value(p)
    s += h.trend === 'unchanged' ? `, as it was ${when(p)}` : `, ${trendWord(h.trend)} ${was} ${when(p)}`
  }
  return `${s} (${credit}).`
}

const trendWord = (trend: 'up' | 'down') => (trend === 'up' ? 'up from' : 'down from')
