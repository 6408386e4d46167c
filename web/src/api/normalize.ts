// The API is written by another team and may nest or name things slightly
// differently from what this file first expected; every reader here accepts
// the plausible variants (arrays or `{items}`, camelCase or snake_case) and
// turns them into the shapes of ./types.ts, so pages never guess.
import type { DocDetail, DocRecord, DocSummary, Diagnostic, EntitySummary, EventRec, IndicatorRec, Ref, Role, Span, When } from './types.js'
import { formatValue, formatWhen, humanize } from '../lib/format.js'

type Obj = Record<string, unknown>
export type Names = ReadonlyMap<string, string>

export const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)
export const str = (x: unknown): string | null => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : null)
export const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : typeof x === 'string' && x !== '' && Number.isFinite(Number(x)) ? Number(x) : null)
export const pick = (o: Obj, ...keys: string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k]
  return undefined
}

/** The array in a response: the response itself or its first array-valued known key. */
export function list(x: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(x)) return x
  if (!isObj(x)) return []
  for (const k of [...keys, 'items', 'data', 'results', 'rows']) if (Array.isArray(x[k])) return x[k] as unknown[]
  return []
}

export function span(x: unknown): Span | null {
  if (isObj(x)) {
    const s = num(x.start)
    const e = num(x.end)
    if (s !== null && e !== null) return { start: s, end: e }
  }
  if (Array.isArray(x) && x.length === 2) {
    const [s, e] = x.map(num)
    if (s !== null && e !== null) return { start: s!, end: e! }
  }
  return null
}

/** A time value: `{start,end,granularity}`, an ISO day/month/year string, or null. */
export function when(x: unknown): When | null {
  if (isObj(x)) {
    const start = str(x.start)
    const end = str(x.end) ?? start
    if (start && end) return { start, end, granularity: str(x.granularity) ?? (start === end ? 'day' : 'range') }
    const asOf = str(x.as_of ?? x.asOf)
    if (asOf) return { start: asOf, end: asOf, granularity: 'instant' }
    return null
  }
  const s = str(x)
  if (!s) return null
  if (/^\d{4}$/.test(s)) return { start: `${s}-01-01`, end: `${s}-12-31`, granularity: 'year' }
  if (/^\d{4}-\d{2}$/.test(s)) {
    const [y, m] = s.split('-').map(Number)
    const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate()
    return { start: `${s}-01`, end: `${s}-${String(last).padStart(2, '0')}`, granularity: 'month' }
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(s)) return { start: s.slice(0, 10), end: s.slice(0, 10), granularity: 'day' }
  return null
}

/** An entity reference: an id string (named through `names`) or an object. */
export function ref(x: unknown, names: Names): Ref | null {
  if (typeof x === 'string' && x) return { id: x, name: names.get(x) ?? prettyKey(x) }
  if (isObj(x)) {
    const id = str(pick(x, 'id', 'key'))
    const name = str(pick(x, 'name', 'label'))
    if (id) return { id, name: name ?? names.get(id) ?? prettyKey(id) }
    if (name) return { id: name, name }
  }
  return null
}

/** `person:nguyen phu trong` -> `Nguyen Phu Trong` when nothing better is known. */
export function prettyKey(key: string): string {
  const bare = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key
  return bare.replace(/\b\p{L}/gu, (c) => c.toUpperCase())
}

export function diagnostic(x: unknown): Diagnostic | null {
  if (!isObj(x)) return null
  return {
    reason: str(pick(x, 'reason', 'message')) ?? 'diagnostic',
    ruleId: str(pick(x, 'ruleId', 'rule_id', 'rule', 'source')) ?? '',
    severity: str(x.severity) ?? (x.fatal ? 'error' : 'info'),
    span: span(x.span),
  }
}

export function docSummary(x: unknown): DocSummary | null {
  const o = isObj(x) && isObj(x.document) ? x.document : x
  if (!isObj(o)) return null
  const id = str(o.id)
  if (!id) return null
  const p = isObj(o.published) ? o.published : null
  const counts: Record<string, number> = {}
  const c = isObj(o.counts) ? o.counts : o
  for (const k of ['events', 'indicators', 'entities', 'diagnostics']) {
    const n = num(c[k]) ?? num(c[`${k}_count`]) ?? num(c[`${k}Count`])
    if (n !== null) counts[k] = n
  }
  return {
    id,
    source: str(o.source) ?? '',
    url: str(o.url),
    title: str(o.title),
    outlet: str(o.outlet),
    published: p ? { start: str(p.start) ?? '', end: str(p.end) ?? str(p.start) ?? '', basis: str(p.basis) ?? '' } : typeof o.published === 'string' ? { start: o.published, end: o.published, basis: 'stated' } : null,
    counts,
  }
}

const RECORD_GROUPS = ['entities', 'times', 'events', 'indicators', 'roles'] as const
const KIND_OF: Record<string, string> = { entities: 'entity', times: 'time', events: 'event', indicators: 'indicator', roles: 'role' }

function recordLabel(kind: string, o: Obj, names: Names): string {
  if (kind === 'event') return `${humanize(str(o.type) ?? 'event')}${o.status === 'planned' ? ' (planned)' : ''} · ${formatWhen(when(o.when))}`
  if (kind === 'indicator') {
    const v = num(o.value)
    return `${humanize(str(o.indicator) ?? 'figure')}: ${v === null ? '?' : formatValue(v, str(o.unit) ?? '')}`
  }
  if (kind === 'entity') return `${str(o.type) ?? 'entity'}: ${str(o.name) ?? ref(o.key ?? o.entity, names)?.name ?? str(o.text) ?? ''}`
  if (kind === 'time') {
    const w = when(o.when ?? o.value)
    return w ? `time: ${w.start === w.end ? w.start : `${w.start} – ${w.end}`}` : 'time: unresolved'
  }
  if (kind === 'role') return `role: ${str(o.title) ?? ''}`
  return kind
}

/** Every record of a document, flattened, with kind and span. */
export function docRecords(x: Obj, names: Names): DocRecord[] {
  const out: DocRecord[] = []
  const push = (r: unknown, fallbackKind: string | null, i: number) => {
    if (!isObj(r)) return
    const kind = str(r.kind) ?? fallbackKind
    const s = span(r.span)
    if (!kind || !s) return
    const id = str(r.id) ?? `${kind}-${s.start}-${s.end}-${i}`
    out.push({ id, kind, span: s, label: recordLabel(kind, r, names), data: r })
  }
  const flat = list(x.records ?? x.mentions ?? [])
  flat.forEach((r, i) => push(r, null, i))
  const groups = isObj(x.records) ? x.records : x
  for (const g of RECORD_GROUPS) list(groups[g]).forEach((r, i) => push(r, KIND_OF[g]!, i))
  const seen = new Set<string>()
  return out.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)))
}

export function docDetail(x: unknown, names: Names): DocDetail | null {
  const summary = docSummary(x)
  if (!summary || !isObj(x)) return null
  const o = isObj(x.document) ? { ...x.document, ...x } : x
  return {
    ...summary,
    text: str(o.text) ?? '',
    records: docRecords(o, names),
    diagnostics: list(o.diagnostics).map(diagnostic).filter((d): d is Diagnostic => d !== null),
  }
}

export function role(x: unknown): Role | null {
  if (!isObj(x)) return null
  return {
    title: str(x.title) ?? '',
    org: isObj(x.org) ? str(x.org.id) : str(x.org),
    orgName: isObj(x.org) ? str(x.org.name) : null,
    reported: isObj(x.document) && isObj(x.document.published) ? str(x.document.published.end) : null,
    doc: str(x.doc),
    span: span(x.span),
    when: when(x.when),
    qualifier: str(x.qualifier),
  }
}

export function entity(x: unknown): EntitySummary | null {
  const o = isObj(x) && isObj(x.entity) ? x.entity : x
  if (!isObj(o)) return null
  const id = str(pick(o, 'id', 'key'))
  if (!id) return null
  return {
    id,
    name: str(o.name) ?? prettyKey(id),
    type: str(o.type) ?? '',
    country: str(o.country),
    aliases: list(o.aliases).map(str).filter((a): a is string => a !== null),
    roles: list(o.roles ?? (isObj(x) ? x.roles : [])).map(role).filter((r): r is Role => r !== null),
    mentions: num(pick(o, 'documents', 'mentions', 'mention_count', 'mentionCount', 'count')),
  }
}

const quoteOf = (o: Obj): string | null => {
  const q = pick(o, 'quote', 'evidence', 'sentence', 'snippet', 'text')
  if (typeof q === 'string') return q
  if (isObj(q)) return str(q.text)
  return null
}

export function event(x: unknown, names: Names): EventRec | null {
  const o = isObj(x) && isObj(x.event) ? x.event : x
  if (!isObj(o)) return null
  const id = str(o.id)
  if (!id) return null
  const doc = isObj(o.doc) ? o.doc : isObj(o.document) ? o.document : null
  return {
    id,
    doc: str(doc ? doc.id : pick(o, 'doc', 'document', 'doc_id', 'docId')) ?? '',
    type: str(o.type) ?? 'event',
    cameo: str(o.cameo),
    plover: str(o.plover),
    actors: list(o.actors).map((a) => ref(a, names)).filter((a): a is Ref => a !== null),
    host: ref(o.host, names),
    place: ref(o.place, names),
    when: when(o.when),
    status: str(o.status) ?? 'occurred',
    count: num(o.count),
    span: span(o.span),
    cluster: str(isObj(o.cluster) ? o.cluster.id : o.cluster),
    quote: quoteOf(o),
    docTitle: str(doc ? doc.title ?? doc.source : pick(o, 'doc_title', 'docTitle', 'title')),
    pair: pairCode(o.pair),
    mentions: typeof o.mentions === 'number' ? o.mentions : isObj(o.cluster) ? num(o.cluster.mentions) : null,
    isCluster: typeof o.mentions === 'number' && !doc && !str(pick(o, 'doc', 'doc_id', 'docId')),
  }
}

export function indicator(x: unknown, names: Names): IndicatorRec | null {
  if (!isObj(x)) return null
  const id = str(x.id)
  const value = num(x.value)
  if (!id || value === null) return null
  const p = x.period
  let period: IndicatorRec['period'] = null
  if (isObj(p)) {
    const asOf = str(p.as_of ?? p.asOf)
    if (asOf) period = { as_of: asOf }
    else if (str(p.start)) period = { start: str(p.start)!, end: str(p.end) ?? str(p.start)! }
  } else {
    const w = when(p)
    if (w) period = { start: w.start, end: w.end }
  }
  const doc = isObj(x.doc) ? x.doc : null
  return {
    id,
    doc: str(doc ? doc.id : pick(x, 'doc', 'document', 'doc_id', 'docId')) ?? '',
    indicator: str(pick(x, 'indicator', 'name')) ?? 'figure',
    subject: ref(x.subject, names),
    counterpart: ref(x.counterpart, names),
    scope: str(x.scope),
    value,
    unit: str(x.unit) ?? '',
    bound: str(x.bound) ?? 'exact',
    period,
    source: ref(x.source, names),
    span: span(x.span),
    quote: quoteOf(x),
    pair: pairCode(x.pair),
  }
}

/** The pair of a record (`['country:CN','country:VN']`) as a sorted code string `CN,VN`. */
export function pairCode(x: unknown): string | null {
  const keys = Array.isArray(x) ? x : typeof x === 'string' ? x.split(',') : null
  if (!keys || keys.length !== 2) return null
  return keys.map((k) => String(k).replace(/^country:/, '').toUpperCase()).sort().join(',')
}
