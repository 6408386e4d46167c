import type { Pair } from '../../model/pair.js'
import { sideOf } from '../../shared/cameo-scale.js'
import { timeline } from './clusters.js'
import type { Db } from './db.js'
import type { MonthBalance } from './records.js'

/**
 * The balance of a relationship per month: real events (one per cluster,
 * as the timeline counts them) that occurred, split into cooperation and
 * conflict by their CAMEO quad class, with the sum of their Goldstein-style
 * weights. Planned, denied or hypothetical events are not the relationship's
 * record yet, so they are left out; a month is that of the event's start.
 */
export async function monthlyBalance(db: Db, pair: Pair): Promise<MonthBalance[]> {
  const { items } = await timeline(db, { pair, status: 'occurred' })
  const months = new Map<string, MonthBalance>()
  for (const e of items) {
    const side = sideOf(e.cameo)
    if (!e.when || !side) continue
    const month = e.when.start.slice(0, 7)
    const m = months.get(month) ?? { month, cooperation: 0, conflict: 0, goldstein: 0 }
    m[side]++
    m.goldstein = Math.round((m.goldstein + (e.weight ?? 0)) * 10) / 10
    months.set(month, m)
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month))
}
