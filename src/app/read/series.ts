import type { IndicatorRecord } from './records.js'

export interface SeriesPoint {
  period: IndicatorRecord['period']
  /** The value most sources give (ties: the first). */
  value: number
  bound: string
  unit: string
  /** True when the sources of this point disagree beyond rounding. */
  disputed: boolean
  /** Ids of real conflicts (not agreements or changes over time) its figures are in. */
  conflicts: string[]
  sources: IndicatorRecord[]
}

export interface Series {
  key: string
  indicator: string
  subject: IndicatorRecord['subject']
  counterpart: IndicatorRecord['counterpart']
  scope: string | null
  unit: string
  points: SeriesPoint[]
}

function periodKey(p: IndicatorRecord['period']): string {
  if (!p) return 'none'
  return 'as_of' in p ? `as_of:${p.as_of}` : `${p.start}/${p.end}`
}

function periodStart(p: IndicatorRecord['period']): string {
  if (!p) return '9999'
  return 'as_of' in p ? p.as_of : p.start
}

/** Values within half a percent are the same figure, rounded differently. */
function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005
}

/**
 * Group figures into series (same indicator, subject, counterpart, scope
 * and unit, as stated) and points (same period), each point keeping every
 * source that states it.
 */
export function buildSeries(records: readonly IndicatorRecord[], conflictsOf: ReadonlyMap<string, string[]>): Series[] {
  const series = new Map<string, Series>()
  const points = new Map<string, Map<string, IndicatorRecord[]>>()
  for (const r of records) {
    const key = [r.indicator, r.subject?.id ?? '', r.counterpart?.id ?? '', r.scope ?? '', r.unit].join('|')
    if (!series.has(key)) {
      series.set(key, { key, indicator: r.indicator, subject: r.subject, counterpart: r.counterpart, scope: r.scope, unit: r.unit, points: [] })
      points.set(key, new Map())
    }
    const byPeriod = points.get(key)!
    const pk = periodKey(r.period)
    byPeriod.set(pk, [...(byPeriod.get(pk) ?? []), r])
  }
  for (const [key, s] of series) {
    for (const sources of points.get(key)!.values()) {
      const votes = new Map<number, number>()
      for (const r of sources) votes.set(r.value, (votes.get(r.value) ?? 0) + 1)
      const value = [...votes].sort((a, b) => b[1] - a[1])[0]![0]
      const main = sources.find((r) => r.value === value)!
      s.points.push({
        period: main.period,
        value,
        bound: main.bound,
        unit: main.unit,
        disputed: sources.some((r) => !close(r.value, value)),
        conflicts: [...new Set(sources.flatMap((r) => conflictsOf.get(r.id) ?? []))],
        sources,
      })
    }
    s.points.sort((a, b) => (periodStart(a.period) < periodStart(b.period) ? -1 : periodStart(a.period) > periodStart(b.period) ? 1 : 0))
  }
  return [...series.values()].sort((a, b) => (a.key < b.key ? -1 : 1))
}
