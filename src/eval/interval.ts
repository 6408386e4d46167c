/** A closed interval of days as day numbers (days since 1970-01-01). */
export type DayInterval = readonly [number, number]

const DAY = 86_400_000

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' -> its first or last day (score.py `_bounds`). */
function bounds(text: unknown, end: boolean): number {
  const parts = String(text)
    .slice(0, 10)
    .split('-')
    .map((p) => Number.parseInt(p, 10))
  const y = parts[0]
  const m = parts.length > 1 ? parts[1] : end ? 12 : 1
  const d = parts.length > 2 ? parts[2] : end ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 1
  if ([y, m, d].some((n) => !Number.isFinite(n))) throw new Error(`not a date: ${JSON.stringify(text)}`)
  return Date.UTC(y, m - 1, d) / DAY
}

/** A gold or system time value -> [first day, last day], or null (score.py `interval`). */
export function interval(when: unknown): DayInterval | null {
  if (when === null || when === undefined || when === '') return null
  if (typeof when === 'string') return [bounds(when, false), bounds(when, true)]
  if (Array.isArray(when) && when.length === 2) return [bounds(when[0], false), bounds(when[1], true)]
  if (typeof when === 'object' && !Array.isArray(when)) {
    const w = when as Record<string, unknown>
    if (w.as_of) return [bounds(w.as_of, false), bounds(w.as_of, true)]
    const { start, end } = w
    if (start || end) return [bounds(start || end, false), bounds(end || start, true)]
  }
  return null
}

export function overlaps(a: DayInterval | null, b: DayInterval | null): boolean {
  return a !== null && b !== null && a[0] <= b[1] && b[0] <= a[1]
}
