import { worldCountries } from '../util/country-data.js'
import type { Conflict, IndicatorMention, Period } from '../model/types.js'
import { foldName } from '../util/fold.js'

export interface StoredIndicator {
  readonly id: string
  readonly doc: string
  readonly indicator: IndicatorMention
}

/** Relative gap beyond which two exact amounts for the same period disagree (rounding stays inside). */
const TOLERANCE = 0.02
/** An "about" figure may sit this far from an exact one and still agree. */
const APPROX_TOLERANCE = 0.1

// Figures whose two parties are symmetric: trade between A and B is trade between B and A.
const SYMMETRIC = /^(?:trade_turnover|trade_target|trade_share|growth_pct|deal_value)$/

export interface Claim {
  readonly id: string
  readonly doc: string
  readonly m: IndicatorMention
  readonly from: string
  readonly to: string
}

function interval(p: Period): [string, string] {
  return 'as_of' in p ? [p.as_of, p.as_of] : [p.start, p.end]
}

function samePeriod(a: Period, b: Period): boolean {
  const [a0, a1] = interval(a)
  const [b0, b1] = interval(b)
  return a0 === b0 && a1 === b1 && 'as_of' in a === 'as_of' in b
}

// Amounts of single occurrences (a deal, an aid package): two different values
// are two different deals, never a conflict and never a series.
const OCCURRENCES = /^(?:deal_value|aid_value|vaccine_doses_pledged|investment_pledge)$/

function pairKey(m: IndicatorMention): string {
  const a = m.subject ?? '?'
  const b = m.counterpart ?? '?'
  return SYMMETRIC.test(m.indicator) && b < a ? `${b}~${a}` : `${a}~${b}`
}

/** The quantity a claim is about, apart from its period (for an occurrence, its amount too). */
function quantityKey(m: IndicatorMention): string {
  const key = [m.indicator, pairKey(m), m.scope ?? '', m.unit]
  if (OCCURRENCES.test(m.indicator)) key.push(String(m.value))
  return key.join('|')
}

/** Whether two claims about the same quantity and period cannot both be true. */
export function disagree(a: IndicatorMention, b: IndicatorMention): boolean {
  const [x, y] = a.bound === 'exact' || b.bound === 'exact' ? (a.bound === 'exact' ? [a, b] : [b, a]) : [a, b]
  const rel = (u: number, v: number) => Math.abs(u - v) / Math.max(Math.abs(u), Math.abs(v), 1e-9)
  const exactTol = x.unit === 'rank' || x.unit === 'count' ? 0 : TOLERANCE
  if (x.bound === 'exact' && y.bound === 'exact') return rel(x.value, y.value) > exactTol
  if (x.bound === 'exact' && y.bound === 'lower') return x.value < y.value * (1 - TOLERANCE)
  if (x.bound === 'exact' && y.bound === 'upper') return x.value > y.value * (1 + TOLERANCE)
  if (x.bound === 'exact' || (x.bound === 'approx' && y.bound === 'approx')) return rel(x.value, y.value) > APPROX_TOLERANCE
  const lower = [a, b].find((m) => m.bound === 'lower')
  const upper = [a, b].find((m) => m.bound === 'upper')
  if (lower && upper) return lower.value > upper.value * (1 + TOLERANCE)
  const approx = [a, b].find((m) => m.bound === 'approx')
  if (approx && lower) return approx.value < lower.value * (1 - APPROX_TOLERANCE)
  if (approx && upper) return approx.value > upper.value * (1 + APPROX_TOLERANCE)
  return false
}

function yearsOf(p: Period): number[] {
  const [s, e] = interval(p)
  const out: number[] = []
  for (let y = Number(s.slice(0, 4)); y <= Number(e.slice(0, 4)) && out.length < 50; y++) out.push(y)
  return out
}

function describe(c: Claim): string {
  const b = c.m.bound === 'lower' ? 'over ' : c.m.bound === 'upper' ? 'under ' : c.m.bound === 'approx' ? 'about ' : ''
  return `${b}${c.m.value} ${c.m.unit} (${c.doc}${c.m.source ? `, per ${c.m.source}` : ', no source named'})`
}

/** Which party a source belongs to, when its name says so ("...of Vietnam Customs"). */
function sideOf(source: string | null, parties: readonly string[], names: (key: string) => string[]): string | null {
  if (!source) return null
  const text = source.toLowerCase()
  for (const p of parties) if (names(p).some((n) => n && text.includes(n))) return p
  return null
}

function periodText(p: Period): string {
  return 'as_of' in p
    ? `as of ${p.as_of}`
    : p.start.slice(0, 4) === p.end.slice(0, 4) && p.start.endsWith('01-01') && p.end.endsWith('12-31')
      ? p.start.slice(0, 4)
      : `${p.start}..${p.end}`
}

export interface ReconcileOptions {
  /** Folded names of an entity key, to tell which side a source speaks for. */
  names?: (key: string) => string[]
}

/**
 * Group figures about the same quantity across documents. Claims are
 * blocked by indicator, pair (unordered for symmetric figures such as
 * turnover) and year, so cost follows the size of each block, never all
 * pairs. Within the same period, values that cannot all be true are a
 * `conflict`, equal values from several documents an `agreement`; values
 * of different periods form a `change_over_time` series. Converted amounts
 * ("(about 234,000 USD)") are not claims of their own.
 */
export function reconcileIndicators(indicators: readonly StoredIndicator[], options: ReconcileOptions = {}): Conflict[] {
  const names = options.names ?? defaultNames
  const series = new Map<string, Claim[]>()
  for (const { id, doc, indicator: m } of indicators) {
    const keys = claimKeys(m)
    if (!keys) continue
    const [from, to] = interval(m.period!)
    const key = keys.quantity
    const list = series.get(key)
    const claim = { id, doc, m, from, to }
    if (list) list.push(claim)
    else series.set(key, [claim])
  }
  const out: Conflict[] = []
  for (const [key, claims] of [...series.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (claims.length < 2) continue
    const about = key.split('|').slice(0, 3).filter(Boolean).join(' ')
    // Blocks: claims that share a year; only claims of the very same period are compared.
    const byPeriod = new Map<string, Claim[]>()
    for (const c of claims) {
      const pk = periodKey(c.m.period!)
      const list = byPeriod.get(pk)
      if (list) list.push(c)
      else byPeriod.set(pk, [c])
    }
    const blocks = new Map<number, Claim[][]>()
    for (const group of byPeriod.values()) {
      for (const y of yearsOf(group[0].m.period!)) {
        const list = blocks.get(y)
        if (list) list.push(group)
        else blocks.set(y, [group])
      }
    }
    const done = new Set<Claim[]>()
    for (const groups of blocks.values()) {
      for (const group of groups) {
        if (done.has(group)) continue
        done.add(group)
        const docs = new Set(group.map((c) => c.doc))
        if (docs.size < 2) continue
        const ids = group.map((c) => c.id)
        const conflicting = group.some((a, i) => group.some((b, j) => j > i && a.doc !== b.doc && disagree(a.m, b.m) && samePeriod(a.m.period!, b.m.period!)))
        const when = periodText(group[0].m.period!)
        if (conflicting) {
          out.push({ kind: 'conflict', about: `${about} ${when}`, note: conflictNote(group, names), indicators: ids, events: [] })
        } else {
          out.push({
            kind: 'agreement',
            about: `${about} ${when}`,
            note: `${group.length} reports from ${docs.size} documents agree: ${describe(group[0])}`,
            indicators: ids,
            events: [],
          })
        }
      }
    }
    const series = seriesOf([...byPeriod.values()].map((group) => group.reduce((a, b) => (b.id < a.id ? b : a))))
    if (series) out.push(series)
  }
  return out
}

/**
 * The values of one quantity over its periods, one claim per period (the
 * smallest id: the period's own agreement or conflict lists the rest), when
 * there are two periods or more and the values differ. Built from those
 * claims alone, so the store can keep it from one row per period.
 */
export function seriesOf(claims: readonly Claim[]): Conflict | null {
  if (claims.length < 2 || OCCURRENCES.test(claims[0].m.indicator)) return null
  const values = new Set(claims.map((c) => `${c.m.value}|${c.m.bound}`))
  if (values.size < 2) return null
  const ordered = [...claims].sort(byPeriodThenId)
  return {
    kind: 'change_over_time',
    about: seriesAbout(claims[0].m),
    note: seriesNote(ordered.slice(0, NOTE_ITEMS), ordered.length),
    indicators: ordered.map((c) => c.id),
    events: [],
  }
}

/** Claims in the order a series lists them: by period start, end, then id. */
export function byPeriodThenId(a: Claim, b: Claim): number {
  return a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** A series' note from its first claims in that order and how many it has in all. */
export function seriesNote(first: readonly Claim[], total: number): string {
  const shown = first
    .slice(0, NOTE_ITEMS)
    .map((c) => `${periodText(c.m.period!)}: ${describe(c)}`)
    .join('; ')
  const rest = total > NOTE_ITEMS ? ` and ${total - NOTE_ITEMS} more periods` : ''
  return `values of different periods, not a conflict: ${shown}${rest}`
}

/** What a series is about: the quantity in words (indicator, parties, scope, unit); one series per quantity. */
export function seriesAbout(m: IndicatorMention): string {
  return [m.indicator, pairKey(m), m.scope ?? '', m.unit].filter(Boolean).join(' ')
}

/** A stored figure as a claim for `seriesOf` (null when it is no claim: converted, undated or about no one). */
export function claimOf(s: StoredIndicator): Claim | null {
  if (!claimKeys(s.indicator)) return null
  const [from, to] = interval(s.indicator.period!)
  return { id: s.id, doc: s.doc, m: s.indicator, from, to }
}

/**
 * The keys a figure is reconciled under: its quantity (indicator, parties,
 * scope, unit; the amount too for single occurrences) and its period. Null
 * for what is no claim: a converted amount, an undated figure, a figure
 * about no one.
 */
export function claimKeys(m: IndicatorMention): { quantity: string; period: string } | null {
  if (m.convertedFrom || !m.period || (!m.subject && !m.counterpart)) return null
  return { quantity: quantityKey(m), period: periodKey(m.period) }
}

function periodKey(p: Period): string {
  const [from, to] = interval(p)
  return `${from}/${to}/${'as_of' in p ? 'a' : 'r'}`
}

/** Notes name at most this many figures: the record's members list them all. */
export const NOTE_ITEMS = 8

function listed(items: readonly string[], separator: string, rest: string): string {
  const shown = items.slice(0, NOTE_ITEMS).join(separator)
  return items.length > NOTE_ITEMS ? `${shown} and ${items.length - NOTE_ITEMS} ${rest}` : shown
}

function conflictNote(group: readonly Claim[], names: (key: string) => string[]): string {
  const parts = listed(group.map(describe), ' vs ', 'more figures')
  const parties = [group[0].m.subject, group[0].m.counterpart].filter((k): k is string => !!k)
  const sides = new Set(group.map((c) => sideOf(c.m.source, parties, names)).filter(Boolean))
  const mirror =
    sides.size >= 2
      ? ' The sources are on different sides: mirror statistics (each side records its own exports and imports, valued and timed differently) explain part of such gaps.'
      : ''
  return `Figures for the same period disagree: ${parts}.${mirror}`
}

const COUNTRY_NAMES = new Map(worldCountries().map((c) => [`country:${c.cca2}`, [c.name.common, c.demonyms?.eng?.m ?? ''].map(foldName).filter(Boolean)]))

/** Folded names of a key, to spot it in a source's key ("country:VN" -> vietnam, vietnamese). */
function defaultNames(key: string): string[] {
  const known = COUNTRY_NAMES.get(key)
  if (known) return known
  const tail = foldName(key.slice(key.indexOf(':') + 1))
  return tail.length > 2 ? [tail] : []
}
