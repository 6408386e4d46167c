import { scoreFold } from './fold.js'
import { interval, overlaps } from './interval.js'
import { intersects, type ScoredSystem } from './system.js'
import { inWindows, type Window } from './windows.js'

type Rec = Record<string, any>

export interface MatchContext {
  readonly system: ScoredSystem
  readonly goldEntities: readonly Rec[]
  readonly windows: ReadonlyMap<string, Window[]>
}

function spanOf(rec: Rec): Window | null {
  const s = rec.span
  if (s && typeof s === 'object' && 'start' in s && 'end' in s) return [Math.trunc(Number(s.start)), Math.trunc(Number(s.end))]
  return null
}

function goldNames(goldEntities: readonly Rec[], name: string): Set<string> {
  for (const e of goldEntities) {
    if (scoreFold(e.name) === scoreFold(name)) return new Set([scoreFold(e.name), ...((e.aliases ?? []) as string[]).map(scoreFold)])
  }
  return new Set([scoreFold(name)])
}

/** score.py `event_matches`. */
export function eventMatches(g: Rec, s: Rec, { system, goldEntities, windows }: MatchContext): boolean {
  if (s.type !== g.type) return false
  if (system.docBase(s.doc) !== g.doc) return false
  if (!inWindows(spanOf(s), windows.get(g.id))) return false
  const sysNames = [...((s.actors ?? []) as unknown[]).map((a) => system.names(a)), system.names(s.host), system.names(s.place)]
  for (const actor of g.actors ?? []) {
    const wanted = goldNames(goldEntities, actor)
    if (!sysNames.some((n) => intersects(wanted, n))) return false
  }
  if (g.when !== null && g.when !== undefined && !overlaps(interval(g.when), interval(s.when))) return false
  if ((s.status || 'occurred') !== (g.status ?? 'occurred')) return false
  return true
}

/** Python's float() on a JSON value, or null where it would raise. */
function toFloat(v: unknown): number | null {
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v.trim().replace(/_/g, '')))) return Number(v.trim().replace(/_/g, ''))
  return null
}

/** score.py `indicator_matches`. */
export function indicatorMatches(g: Rec, s: Rec, { system, goldEntities, windows }: MatchContext): boolean {
  if (s.indicator !== g.indicator) return false
  if (system.docBase(s.doc) !== g.doc) return false
  if (!inWindows(spanOf(s), windows.get(g.id))) return false
  const sv = toFloat(s.value)
  const gv = toFloat(g.value)
  if (sv === null || gv === null) return false
  if (Math.abs(sv - gv) > 0.005 * Math.max(Math.abs(gv), 1e-9)) return false
  if ((s.bound || 'exact') !== (g.bound ?? 'exact')) return false
  if (g.period !== null && g.period !== undefined && !overlaps(interval(g.period), interval(s.period))) return false
  const parties = [system.names(s.subject), system.names(s.counterpart)]
  for (const who of [g.subject, g.counterpart]) {
    if (who && !parties.some((p) => intersects(goldNames(goldEntities, who), p))) return false
  }
  return true
}

/**
 * score.py `match_all`: one-to-one greedy matching, required gold records
 * first. Returns gold id -> system index, and the system indexes that match
 * some gold record at all.
 */
export function matchAll(gold: readonly Rec[], sys: readonly Rec[], pred: (g: Rec, s: Rec) => boolean): { pairs: Map<string, number>; loose: Set<number> } {
  const pairs = new Map<string, number>()
  const used = new Set<number>()
  const loose = new Set<number>()
  const ordered = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)]
  for (const g of ordered) {
    sys.forEach((s, i) => {
      if (!pred(g, s)) return
      loose.add(i)
      if (!pairs.has(g.id) && !used.has(i)) {
        pairs.set(g.id, i)
        used.add(i)
      }
    })
  }
  return { pairs, loose }
}
