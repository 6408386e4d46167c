// The balance chart's months: every month from the first to the last, the
// empty ones at zero, so a quiet year shows as a gap and not as nothing.

interface MonthCounts {
  month: string
  cooperation: number
  conflict: number
  goldstein: number
}

/** `2024-11` -> `2024-12`, `2024-12` -> `2025-01`. */
function nextMonth(m: string): string {
  const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))]
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`
}

/** The months of `months` (sorted, `YYYY-MM`) with every month between them added at zero. */
export function everyMonth<T extends MonthCounts>(months: readonly T[]): MonthCounts[] {
  if (!months.length) return []
  const byMonth = new Map(months.map((m) => [m.month, m]))
  const out: MonthCounts[] = []
  const last = months[months.length - 1]!.month
  for (let m = months[0]!.month; m <= last; m = nextMonth(m)) out.push(byMonth.get(m) ?? { month: m, cooperation: 0, conflict: 0, goldstein: 0 })
  return out
}
