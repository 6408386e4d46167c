import type { IndicatorRec, When } from '../api/types.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2022-10-31` -> `31 Oct 2022`. */
export function day(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return iso
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`
}

const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

/**
 * A time interval at its real extent, as coarse as its ends allow and never
 * narrower or wider: `Nov 2022`, `2008`, `2020–2022`, `Jan–Sep 2024`,
 * `30 Oct – 2 Nov 2022`, `1990s`. The granularity only names a decade; the
 * ends decide the rest, so a year-grained 2020–2022 is never shown as 2020.
 */
export function formatWhen(w: When | null): string {
  if (!w) return 'undated'
  const [y1, y2] = [w.start.slice(0, 4), w.end.slice(0, 4)]
  const wholeYears = w.start.endsWith('-01-01') && w.end.endsWith('-12-31')
  if (wholeYears && w.granularity === 'decade' && y1.endsWith('0') && Number(y2) === Number(y1) + 9) return `${y1}s`
  if (wholeYears) return y1 === y2 ? y1 : `${y1}–${y2}`
  if (w.start === w.end) return day(w.start)
  if (w.start.endsWith('-01') && isMonthEnd(w.end)) {
    if (w.start.slice(0, 7) === w.end.slice(0, 7)) return month(w.start)
    return y1 === y2 ? `${MONTHS[Number(w.start.slice(5, 7)) - 1]}–${month(w.end)}` : `${month(w.start)} – ${month(w.end)}`
  }
  if (y1 === y2) {
    const sameMonth = w.start.slice(0, 7) === w.end.slice(0, 7)
    return sameMonth ? `${Number(w.start.slice(8, 10))}–${day(w.end)}` : `${day(w.start).slice(0, -5)} – ${day(w.end)}`
  }
  return `${day(w.start)} – ${day(w.end)}`
}

function isMonthEnd(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.getUTCDate() === 1
}

export function formatPeriod(p: IndicatorRec['period']): string {
  if (!p) return 'no period'
  if ('as_of' in p) return `as of ${day(p.as_of)}`
  return formatWhen({ start: p.start, end: p.end, granularity: 'range' })
}

/** Midpoint (ms) of a period or interval, for plotting. */
export function periodTimes(p: IndicatorRec['period']): [number, number] | null {
  if (!p) return null
  if ('as_of' in p) {
    const t = Date.parse(p.as_of)
    return Number.isNaN(t) ? null : [t, t]
  }
  const a = Date.parse(p.start)
  const b = Date.parse(p.end)
  return Number.isNaN(a) || Number.isNaN(b) ? null : [a, b + 86_399_000]
}

const CURRENCY: Record<string, string> = { USD: '$', EUR: '€', CNY: 'CN¥', JPY: '¥', GBP: '£', VND: '₫' }

/** 171900000000 USD -> `$171.9 bn`; 12.5 percent -> `12.5%`; rank 1 -> `#1`. */
export function formatValue(value: number, unit: string): string {
  if (unit === 'percent') return `${trim(value)}%`
  if (unit === 'rank') return `#${value}`
  const abs = Math.abs(value)
  const [scaled, suffix] = abs >= 1e12 ? [value / 1e12, ' tn'] : abs >= 1e9 ? [value / 1e9, ' bn'] : abs >= 1e6 ? [value / 1e6, ' m'] : abs >= 1e4 ? [value / 1e3, 'k'] : [value, '']
  const sym = CURRENCY[unit]
  if (sym) return `${sym}${trim(scaled)}${suffix}`
  const u = unit === 'count' || unit === '' ? '' : ` ${unit}`
  return `${trim(scaled)}${suffix}${u}`
}

// Whole numbers get thousands separators (4,965); fractions keep at most two decimals.
const trim = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(n >= 1000 ? 0 : n >= 10 ? 1 : 2).replace(/\.?0+$/, ''))

export const BOUND_MARK: Record<string, string> = { exact: '', lower: 'over ', upper: 'under ', approx: 'about ' }

export function formatFigure(r: IndicatorRec): string {
  return `${BOUND_MARK[r.bound] ?? ''}${formatValue(r.value, r.unit)}`
}

/** `trade_turnover` -> `Trade turnover`; `fdi_registered` -> `FDI registered`. */
export function humanize(key: string): string {
  const s = key.replace(/_/g, ' ').replace(/\bfdi\b/gi, 'FDI').replace(/\bpct\b/gi, '%')
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export function docLabel(d: { title: string | null; source: string; id: string }): string {
  if (d.title) return d.title
  const base = d.source.split(/[\\/]/).pop()
  return base || d.id
}
