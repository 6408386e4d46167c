import type { IndicatorRec } from '../api/types.js'

// One formatter for every surface: the brief and CLI use the same (src/shared/when-text.ts).
import { day, formatPeriod as periodText, formatPublished, formatWhen } from '../../../src/shared/when-text.js'
import { currencySymbol, formatValue, humanize } from '../../../src/shared/figure-text.js'
export { day, formatPublished, formatWhen, formatValue, humanize }

export function formatPeriod(p: IndicatorRec['period']): string {
  return p ? periodText(p) : 'no period'
}

/** A period after a value: `for 2021`, `as of 31 Oct 2024` (never `for as of`), `with no period`. */
export function periodPhrase(p: IndicatorRec['period']): string {
  return !p ? 'with no period' : 'as_of' in p ? periodText(p) : `for ${periodText(p)}`
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

/**
 * A chart axis's tick, short: 171900000000 USD -> `US$171.9 bn`; 12.5
 * percent -> `12.5%`; rank 1 -> `#1`. A figure in text is written by
 * formatFigure, as the server writes it.
 */
export function axisValue(value: number, unit: string): string {
  if (unit === 'percent') return `${trim(value)}%`
  if (unit === 'rank') return `#${value}`
  const abs = Math.abs(value)
  const [scaled, suffix] = abs >= 1e12 ? [value / 1e12, ' tn'] : abs >= 1e9 ? [value / 1e9, ' bn'] : abs >= 1e6 ? [value / 1e6, ' m'] : abs >= 1e4 ? [value / 1e3, 'k'] : [value, '']
  const sym = currencySymbol(unit)
  if (sym) return `${sym}${trim(scaled)}${suffix}`
  const u = unit === 'count' || unit === '' ? '' : ` ${unit}`
  return `${trim(scaled)}${suffix}${u}`
}

// Whole numbers get thousands separators (4,965); fractions keep at most two decimals.
const trim = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(n >= 1000 ? 0 : n >= 10 ? 1 : 2).replace(/\.?0+$/, ''))

/** A figure in text, as the brief, the summary and the CLI write it (src/shared/figure-text.ts): `over US$230 billion`, `No. 6`, `4,965`. */
export function formatFigure(r: Pick<IndicatorRec, 'value' | 'unit' | 'bound'>): string {
  return formatValue(r.value, r.unit, r.bound)
}


/** A document as citations name it (src/shared/document-label.ts): title, else its lead, else the file name. */
export { documentLabel as docLabel } from '../../../src/shared/document-label.js'
