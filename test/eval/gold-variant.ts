// A system export made from the gold annotation itself, with deterministic
// perturbations (wrong types and statuses, values just inside and outside
// the tolerance, moved spans, duplicates, merged clusters, extra records),
// so the port of score.py is compared with the scorer on every rule.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type Rec = Record<string, any>

export function goldVariant(gold: Rec, corpus: string): Rec {
  const documents = Object.keys(gold.documents).map((base, n) => {
    const text = readFileSync(join(corpus, base), 'utf8')
    const g = gold.documents[base]
    const published = n % 3 === 0 ? null : g.published ? { start: g.published, end: g.published, basis: 'stated' } : { ...g.published_range, basis: 'inferred' }
    return { id: `d${n}`, source: `some/folder/${base}`, text, published }
  })
  const docOf = new Map(Object.keys(gold.documents).map((base, n) => [base, documents[n]]))
  const entities = gold.entities.map((e: Rec, n: number) => ({
    id: `e${n}`,
    name: n % 4 === 0 ? e.aliases?.[0] ?? e.name : e.name,
    type: e.type,
    aliases: n % 5 === 0 ? [] : e.aliases ?? [],
  }))
  const entityId = (name: string | undefined) => {
    if (!name) return null
    const n = gold.entities.findIndex((e: Rec) => e.name === name)
    return n >= 0 ? `e${n}` : name
  }
  const spanOf = (doc: Rec, quote: string, n: number) => {
    const at = doc.text.indexOf(quote)
    if (n % 7 === 3 || at < 0) return { start: 0, end: 5 }
    return n % 2 ? { start: at, end: at + quote.length } : { start: at + 2, end: at + 3 }
  }
  const events: Rec[] = []
  gold.events.forEach((g: Rec, n: number) => {
    const doc = docOf.get(g.doc)!
    const event = {
      id: `v${n}`,
      doc: doc.id,
      type: n % 6 === 1 ? 'meeting' : g.type,
      actors: (g.actors ?? []).map(entityId).filter((_: unknown, k: number) => n % 9 !== 2 || k > 0),
      host: entityId(g.host),
      place: entityId(g.place),
      when: n % 8 === 5 ? '1999' : g.when ?? null,
      status: n % 10 === 4 ? (g.status === 'planned' ? 'occurred' : 'planned') : n % 10 === 7 ? null : g.status,
      span: spanOf(doc, g.quote, n),
      cluster: g.same ? (n % 5 === 0 ? 'merged' : g.same) : n % 4 === 0 ? 'merged' : null,
    }
    events.push(event)
    if (n % 4 === 1) events.push({ ...event, id: `v${n}b` })
  })
  events.push({ id: 'vx', doc: 'd1', type: 'visit', actors: ['nobody'], when: '2020', status: 'occurred', span: { start: 0, end: 10 } })
  const indicators: Rec[] = []
  gold.indicators.forEach((g: Rec, n: number) => {
    const doc = docOf.get(g.doc)!
    const value = n % 5 === 2 ? g.value * 1.01 : n % 3 === 0 ? g.value * 1.004 : g.value
    indicators.push({
      id: `i${n}`,
      doc: n % 11 === 6 ? g.doc : doc.id,
      indicator: g.indicator,
      subject: entityId(g.subject),
      counterpart: n % 7 === 1 ? null : entityId(g.counterpart),
      value: n % 4 === 3 ? String(value) : value,
      unit: g.unit,
      bound: n % 6 === 5 ? 'approx' : n % 6 === 2 ? undefined : g.bound,
      period: n % 9 === 4 ? { as_of: '2001-01-01' } : g.period ?? null,
      span: spanOf(doc, g.quote, n + 1),
    })
  })
  indicators.push({ id: 'ix', doc: 'd2', indicator: 'exports', value: 'n/a', bound: 'exact', span: { start: 0, end: 3 } })
  const conflicts = (gold.conflicts ?? []).map((c: Rec) => ({
    kind: 'conflict',
    indicators: c.claims.filter((x: string) => x.startsWith('I')).map((x: string) => `i${gold.indicators.findIndex((g: Rec) => g.id === x)}`),
    events: [],
  }))
  conflicts.push({ kind: 'change_over_time', indicators: ['i0', 'i1'], events: [] })
  return { documents, entities, events, indicators, conflicts }
}
