// Figures in words, as every surface writes them: the brief, the relationship
// summary, the CLI and the dashboard (one writer, so US$165.8 billion is not
// '$165.8 bn' on another page). Pure: no imports.

const CURRENCY: Record<string, string> = {
  USD: 'US$',
  EUR: '€',
  CNY: 'CN¥',
  JPY: '¥',
  GBP: '£',
  AUD: 'A$',
  CAD: 'C$',
  NZD: 'NZ$',
  KRW: '₩',
  INR: '₹',
  VND: '₫',
}

/** `US$` for USD, `A$` for AUD; null for a unit written after the number. */
export function currencySymbol(unit: string): string | null {
  return CURRENCY[unit] ?? null
}
const BOUND: Record<string, string> = { lower: 'over ', upper: 'under ', approx: 'about ', exact: '' }

// Whole numbers get thousands separators (4,965); fractions keep at most two decimals.
// bounded: a number printed by toFixed
const trim = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(n >= 1000 ? 0 : n >= 10 ? 1 : 2).replace(/\.?0+$/, ''))

/** 171900000000 USD -> `US$171.9 billion`; 12.5 percent -> `12.5%`; rank 1 -> `No. 1`. */
export function formatValue(value: number, unit: string, bound = 'exact'): string {
  const b = BOUND[bound] ?? ''
  if (unit === 'percent') return `${b}${trim(value)}%`
  if (unit === 'rank') return `${b}No. ${value}`
  const abs = Math.abs(value)
  const [scaled, suffix] =
    abs >= 1e12 ? [value / 1e12, ' trillion'] : abs >= 1e9 ? [value / 1e9, ' billion'] : abs >= 1e6 ? [value / 1e6, ' million'] : [value, '']
  const sym = CURRENCY[unit]
  if (sym) return `${b}${sym}${trim(scaled)}${suffix}`
  return `${b}${trim(scaled)}${suffix}${unit && unit !== 'count' ? ` ${unit}` : ''}`
}

/** `trade_turnover` -> `Trade turnover`. */
export function humanize(key: string): string {
  const s = key
    .replace(/_/g, ' ')
    .replace(/\bfdi\b/gi, 'FDI')
    .replace(/\bpct\b/gi, '%')
  return s.charAt(0).toUpperCase() + s.slice(1)
}
