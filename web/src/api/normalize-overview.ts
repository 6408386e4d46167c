// Readers for the aggregate answers (indicator series, conflicts, pairs, stats);
// the record readers they build on are in ./normalize.ts.
import { event, indicator, isObj, list, num, pairCode, pick, str, type Names } from './normalize.js'
export { pairCode }
import type { ConflictRec, EventRec, IndicatorRec, Pair, Series, Stats } from './types.js'

export function conflict(x: unknown, i: number, names: Names = new Map()): ConflictRec | null {
  if (!isObj(x)) return null
  const ids = (v: unknown) => list(v).map((c) => (isObj(c) ? str(c.id) : str(c))).filter((c): c is string => c !== null)
  return {
    id: str(x.id) ?? `conflict-${i}`,
    kind: str(x.kind) ?? 'conflict',
    about: str(x.about) ?? '',
    note: str(pick(x, 'note', 'reason', 'explanation')) ?? '',
    indicators: ids(pick(x, 'indicators', 'claims')),
    events: ids(x.events),
    records: list(x.indicators).filter(isObj).map((r) => indicator(r, names)).filter((r): r is IndicatorRec => r !== null),
    eventRecords: list(x.events).filter(isObj).map((r) => event(r, names)).filter((r): r is EventRec => r !== null),
  }
}

const seriesKey = (r: IndicatorRec) => [r.indicator, r.unit, r.subject?.id ?? '', r.counterpart?.id ?? '', r.scope ?? ''].join('|')

/** Group loose indicator records into series (indicator, unit, subject, counterpart, scope). */
export function groupSeries(records: IndicatorRec[]): Series[] {
  const map = new Map<string, Series>()
  for (const r of records) {
    const key = seriesKey(r)
    let s = map.get(key)
    if (!s) map.set(key, (s = { key, indicator: r.indicator, unit: r.unit, subject: r.subject, counterpart: r.counterpart, scope: r.scope, points: [] }))
    s.points.push(r)
  }
  return [...map.values()]
}

/** `indicators` response: `{series:[{..., points}]}`, or a flat list of figures. */
export function seriesList(x: unknown, names: Names): { series: Series[]; conflicts: ConflictRec[] } {
  const conflicts = list(isObj(x) ? x.conflicts : []).map((c, i) => conflict(c, i, names)).filter((c): c is ConflictRec => c !== null)
  const raw = list(x, 'series', 'indicators')
  const flat: IndicatorRec[] = []
  for (const s of raw) {
    if (isObj(s) && (Array.isArray(s.points) || Array.isArray(s.values) || Array.isArray(s.items))) {
      for (const p of list(s.points ?? s.values ?? s.items)) {
        // a point stated by several sources: plot each source's own figure
        if (isObj(p) && Array.isArray(p.sources) && p.sources.length) {
          for (const src of p.sources) {
            const rec = indicator(isObj(src) ? { indicator: s.indicator, unit: s.unit, subject: s.subject, counterpart: s.counterpart, scope: s.scope, ...src } : src, names)
            if (rec) flat.push(rec)
          }
          continue
        }
        const rec = indicator(isObj(p) ? { indicator: s.indicator ?? s.name, unit: s.unit, subject: s.subject, counterpart: s.counterpart, scope: s.scope, ...p } : p, names)
        if (rec) flat.push(rec)
      }
    } else {
      const rec = indicator(s, names)
      if (rec) flat.push(rec)
    }
  }
  return { series: groupSeries(flat), conflicts }
}

export function pair(x: unknown): Pair | null {
  if (typeof x === 'string') return { code: x.replace(/[-_/ ]/g, ','), label: x.replace(/[,_/ -]/g, ' – '), events: null }
  if (Array.isArray(x) && x.length === 2) return pair(x.join(','))
  if (!isObj(x)) return null
  const raw = pick(x, 'pair', 'code', 'key', 'id')
  const ab = isObj(x) && str(x.a) && str(x.b) ? `${str(x.a)},${str(x.b)}` : null
  const base = pair(ab ?? raw)
  if (!base) return null
  const names = list(x.names).map((n) => (isObj(n) ? str(n.name) : str(n))).filter(Boolean)
  return {
    code: base.code.replace(/country:/g, ''),
    label: str(x.label) ?? (names.length === 2 ? names.join(' – ') : base.label.replace(/country:/g, '')),
    events: num(pick(x, 'events', 'count', 'event_count')),
  }
}

export function stats(x: unknown, names: Names): Stats {
  const o = isObj(x) ? x : {}
  const counts: Record<string, number> = {}
  const c = isObj(o.counts) ? o.counts : o
  for (const [k, v] of Object.entries(c)) {
    const n = num(v)
    if (n !== null && typeof v === 'number') counts[k] = n
  }
  const headlineRaw = pick(o, 'headline', 'headlines', 'figures', 'headline_figures', 'headlineFigures')
  return {
    counts,
    pairs: list(o.pairs).map(pair).filter((p): p is Pair => p !== null),
    latest: list(pick(o, 'latest', 'latest_events', 'latestEvents', 'events')).map((e) => event(e, names)).filter((e): e is EventRec => e !== null),
    headline: list(headlineRaw).map((i) => indicator(i, names)).filter((i): i is IndicatorRec => i !== null),
  }
}
