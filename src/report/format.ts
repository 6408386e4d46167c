import type { Period, TimeInterval } from '../model/types.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Escape text for HTML element content and attribute values. */
export function esc(s: string | number | null | undefined): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** `2022-10-31` -> `31 Oct 2022`. */
export function day(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso
}

function isMonthEnd(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.getUTCDate() === 1
}

const month = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`

/** An interval at its own precision: `2008`, `Nov 2022`, `Jan–Sep 2024`, `30 Oct – 2 Nov 2022`. */
export function formatInterval(start: string, end: string, granularity?: string): string {
  if (granularity === 'year' || (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4))) return start.slice(0, 4)
  if (start === end) return day(start)
  if (start.endsWith('-01') && isMonthEnd(end)) {
    if (start.slice(0, 7) === end.slice(0, 7)) return month(start)
    if (start.slice(0, 4) === end.slice(0, 4)) return `${MONTHS[Number(start.slice(5, 7)) - 1]}–${month(end)}`
  }
  if (granularity === 'month') return month(start)
  return `${day(start)} – ${day(end)}`
}

export function formatWhen(w: TimeInterval | null | undefined): string {
  return w ? formatInterval(w.start, w.end, w.granularity) : 'undated'
}

export function formatPeriod(p: Period | null | undefined): string {
  if (!p) return 'period not stated'
  return 'as_of' in p ? `as of ${day(p.as_of)}` : formatInterval(p.start, p.end)
}

const CURRENCY: Record<string, string> = { USD: 'US$', EUR: '€', CNY: 'CN¥', JPY: '¥', GBP: '£' }
const BOUND: Record<string, string> = { lower: 'over ', upper: 'under ', approx: 'about ', exact: '' }

// bounded: a number printed by toFixed
const trim = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(n >= 1000 ? 0 : n >= 10 ? 1 : 2).replace(/\.?0+$/, ''))

/** 171900000000 USD -> `US$171.9 billion`; 12.5 percent -> `12.5%`; rank 1 -> `No. 1`. */
export function formatValue(value: number, unit: string, bound = 'exact'): string {
  const b = BOUND[bound] ?? ''
  if (unit === 'percent') return `${b}${trim(value)}%`
  if (unit === 'rank') return `${b}No. ${value}`
  const abs = Math.abs(value)
  const [scaled, suffix] = abs >= 1e12 ? [value / 1e12, ' trillion'] : abs >= 1e9 ? [value / 1e9, ' billion'] : abs >= 1e6 ? [value / 1e6, ' million'] : [value, '']
  const sym = CURRENCY[unit]
  if (sym) return `${b}${sym}${trim(scaled)}${suffix}`
  return `${b}${trim(scaled)}${suffix}${unit && unit !== 'count' ? ` ${unit}` : ''}`
}

/** `trade_turnover` -> `Trade turnover`. */
export function humanize(key: string): string {
  const s = key.replace(/_/g, ' ').replace(/\bfdi\b/gi, 'FDI').replace(/\bpct\b/gi, '%')
  return s.charAt(0).toUpperCase() + s.slice(1)
}

/** The last path segment of a source, for citing. */
export function baseName(source: string): string {
  return source.split(/[\\/]/).filter(Boolean).pop() ?? source
}

/** Collapse whitespace and clip to `n` characters. */
export function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > n ? `${t.slice(0, n - 1)}…` : t
}
