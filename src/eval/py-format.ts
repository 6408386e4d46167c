/**
 * Python's round(x, n) on a double: correctly rounded on the exact binary
 * value, ties to even (JavaScript's toFixed rounds ties up).
 */
export function pyRound(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x
  const exact = Math.abs(x).toFixed(digits + 60)
  const dot = exact.indexOf('.')
  const kept = exact.slice(0, dot + 1 + digits)
  if (!/^50*$/.test(exact.slice(dot + 1 + digits))) return Number(x.toFixed(digits))
  const truncated = Number(kept)
  const odd = Number(kept.replace('.', '').slice(-1)) % 2 === 1
  const value = Number((odd ? truncated + 10 ** -digits : truncated).toFixed(digits))
  return x < 0 ? -value : value
}

/** Python's repr of a float (`1.0`, `0.667`). */
export function pyFloat(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x)
}

/** Python's repr of a dict of strings: `{'a': '1/2', 'b': '0/1'}`. */
export function pyDict(d: Record<string, string>): string {
  return `{${Object.entries(d)
    .map(([k, v]) => `${pyStr(k)}: ${pyStr(v)}`)
    .join(', ')}}`
}

function pyStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}
