import { scoreFold as foldFor } from './fold.js'
import { interval } from './interval.js'
import { eventMatches, indicatorMatches, matchAll, type MatchContext } from './match.js'
import { pyRound } from './py-format.js'
import { ScoredSystem, type SystemDoc } from './system.js'
import { quoteWindows, type Window } from './windows.js'

type Rec = Record<string, any>

export interface Prf {
  recall: number
  precision: number
  f1: number
  gold: number
  found: number
  system: number
  system_correct: number
}

export interface ScoreReport {
  documents: { gold: number; found: number; dated_correctly: number }
  entities: { gold: number; found: number; recall: number }
  events: Prf & { strict_precision: number; missed: string[]; by_type: Record<string, string> }
  coreference: { gold_pairs: number; joined: number; pair_recall: number; wrong_merges: number }
  indicators: Prf & { strict_precision: number; missed: string[] }
  conflicts: { gold: number; found: number; system_conflicts: number }
}

const required = (recs: readonly Rec[]) => recs.filter((g) => !g.optional)

function prf(found: number, totalGold: number, correctSys: number, totalSys: number): Prf {
  const r = totalGold ? found / totalGold : 1.0
  const p = totalSys ? correctSys / totalSys : 0.0
  const f = p + r ? (2 * p * r) / (p + r) : 0.0
  return { recall: pyRound(r, 3), precision: pyRound(p, 3), f1: pyRound(f, 3), gold: totalGold, found, system: totalSys, system_correct: correctSys }
}

/**
 * Score an export against a gold annotation with the matching rules of
 * ../shared/eval/score.py (a faithful port: same order of checks, same
 * greedy one-to-one matching, same rounding), so `dyad eval` prints the
 * figures the scorer prints.
 */
export function scoreExport(gold: Rec, data: Rec): ScoreReport {
  const system = new ScoredSystem(data)
  const goldEntities: Rec[] = gold.entities ?? []
  const byBase = new Map<string, SystemDoc>()
  for (const d of system.docs.values()) byBase.set(d.base, d)
  const windows = new Map<string, Window[]>()
  for (const rec of [...(gold.events ?? []), ...(gold.indicators ?? [])]) {
    const d = byBase.get(rec.doc)
    windows.set(rec.id, d ? quoteWindows(d.text, rec.quote) : [])
  }
  const ctx: MatchContext = { system, goldEntities, windows }

  // documents and their dates
  const goldDocs: Record<string, Rec> = gold.documents ?? {}
  let dated = 0
  for (const [base, g] of Object.entries(goldDocs)) {
    const d = byBase.get(base)
    if (!d) continue
    const got = d.published ? interval(d.published) : null
    let ok: boolean
    if (g.published_range) {
      const [lo, hi] = interval(g.published_range)!
      ok = got !== null && lo - got[0] <= 7 && got[1] - hi <= 7
    } else {
      const want = interval(g.published)
      ok = got === null || want === null ? got === want : got[0] === want[0] && got[1] === want[1]
    }
    if (ok) dated++
  }
  const documents = { gold: Object.keys(goldDocs).length, found: Object.keys(goldDocs).filter((b) => byBase.has(b)).length, dated_correctly: dated }

  // entities
  let entFound = 0
  for (const e of goldEntities) {
    const wanted = new Set([e.name, ...(e.aliases ?? [])].map((n: string) => foldFor(n)))
    if ([...system.entities.values()].some((names) => [...wanted].some((w) => names.has(w)))) entFound++
  }
  const entities = { gold: goldEntities.length, found: entFound, recall: goldEntities.length ? pyRound(entFound / goldEntities.length, 3) : 1.0 }

  // events
  const goldEvents: Rec[] = gold.events ?? []
  const ev = matchAll(goldEvents, system.events, (g, s) => eventMatches(g, s, ctx))
  const byType: Record<string, [number, number]> = {}
  for (const g of required(goldEvents)) {
    const t = (byType[g.type] ??= [0, 0])
    t[0]++
    if (ev.pairs.has(g.id)) t[1]++
  }
  const events = {
    ...kindScores(goldEvents, system.events, ev),
    by_type: Object.fromEntries(
      Object.keys(byType)
        .sort()
        .map((k) => [k, `${byType[k][1]}/${byType[k][0]}`]),
    ),
  }

  // cross-document: mentions of one real event should share a cluster
  const groups = new Map<string, string[]>()
  for (const g of goldEvents) if (g.same) groups.set(g.same, [...(groups.get(g.same) ?? []), g.id])
  let pairsTotal = 0
  let pairsSame = 0
  for (const ids of groups.values()) {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        pairsTotal++
        const ia = ev.pairs.get(ids[a])
        const ib = ev.pairs.get(ids[b])
        if (ia === undefined || ib === undefined) continue
        const ca = system.events[ia].cluster
        const cb = system.events[ib].cluster
        if (ca !== null && ca !== undefined && ca === cb) pairsSame++
      }
    }
  }
  let wrongMerges = 0
  const matched = [...ev.pairs]
  const goldById = new Map(goldEvents.map((g) => [g.id, g]))
  for (let x = 0; x < matched.length; x++) {
    for (let y = x + 1; y < matched.length; y++) {
      const ga = goldById.get(matched[x][0])!
      const gb = goldById.get(matched[y][0])!
      const ca = system.events[matched[x][1]].cluster
      const cb = system.events[matched[y][1]].cluster
      const sameGold = ga.same && ga.same === gb.same
      if (ca !== null && ca !== undefined && ca === cb && !sameGold) wrongMerges++
    }
  }
  const coreference = {
    gold_pairs: pairsTotal,
    joined: pairsSame,
    pair_recall: pairsTotal ? pyRound(pairsSame / pairsTotal, 3) : 1.0,
    wrong_merges: wrongMerges,
  }

  // indicators
  const goldIndicators: Rec[] = gold.indicators ?? []
  const ind = matchAll(goldIndicators, system.indicators, (g, s) => indicatorMatches(g, s, ctx))
  const indicators = kindScores(goldIndicators, system.indicators, ind)

  // conflicts: all claims of a gold conflict in one system conflict record
  const sysIds = new Map<string, string>()
  for (const [gid, i] of ind.pairs) sysIds.set(`indicator|${gid}`, String(system.indicators[i].id))
  for (const [gid, i] of ev.pairs) sysIds.set(`event|${gid}`, String(system.events[i].id))
  let foundConflicts = 0
  for (const c of gold.conflicts ?? []) {
    const want = new Set<string>()
    for (const cid of c.claims as string[]) {
      const kind = cid.startsWith('E') ? 'event' : 'indicator'
      const id = sysIds.get(`${kind}|${cid}`)
      if (id !== undefined) want.add(id)
    }
    if (want.size < new Set(c.claims).size) continue
    for (const sc of system.conflicts) {
      const members = new Set([...(sc.indicators ?? []), ...(sc.events ?? [])].map(String))
      if ((sc.kind || 'conflict') === 'conflict' && [...want].every((w) => members.has(w))) {
        foundConflicts++
        break
      }
    }
  }
  const conflicts = {
    gold: (gold.conflicts ?? []).length,
    found: foundConflicts,
    system_conflicts: system.conflicts.filter((c) => (c.kind || 'conflict') === 'conflict').length,
  }
  return { documents, entities, events, coreference, indicators, conflicts }
}

/** score.py's fields for one kind of record: recall, precision and F1, strict precision, the required gold ids missed. */
function kindScores(gold: readonly Rec[], system: readonly Rec[], matched: { pairs: Map<string, number>; loose: Set<number> }) {
  const req = required(gold)
  return {
    ...prf(req.filter((g) => matched.pairs.has(g.id)).length, req.length, matched.loose.size, system.length),
    strict_precision: system.length ? pyRound(matched.pairs.size / system.length, 3) : 0.0,
    missed: req.filter((g) => !matched.pairs.has(g.id)).map((g) => g.id as string),
  }
}
