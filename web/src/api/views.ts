// The dashboard's views of the API's answers. Every input is typed by the
// API's own schemas (./schema.d.ts, generated from /openapi.json): a field
// the API drops or renames is a type error here, never a default that hides
// it (a missing status is not "occurred").
import { documentLabel } from '../../../src/shared/document-label.js'
import type { Answer } from './client.js'
import type { components } from './schema.js'
import type { ConflictRec, DocDetail, DocRecord, DocSummary, EntitySummary, EventRec, IndicatorRec, Pair, Ref, Role, Series, Stats } from './types.js'
import { formatValue, formatWhen, humanize } from '../lib/format.js'

type S = components['schemas']
export type Names = ReadonlyMap<string, string>
export type ApiEvent = S['Event']
export type ApiCluster = S['Cluster']
export type ApiIndicator = S['Indicator']

/** The pair of a record (`['country:CN','country:VN']`) as a sorted code string `CN,VN`. */
export function pairCode(keys: readonly string[] | null | undefined): string | null {
  if (!keys || keys.length !== 2) return null
  return keys.map((k) => k.replace(/^country:/, '').toUpperCase()).sort().join(',')
}

const ref = (r: S['EntityRef'] | null): Ref | null => (r ? { id: r.id, name: r.name } : null)
const refs = (rs: readonly S['EntityRef'][]): Ref[] => rs.map((r) => ({ id: r.id, name: r.name }))

/** One mention of an event in one document. */
export function eventView(e: ApiEvent): EventRec {
  return {
    id: e.id,
    doc: e.doc,
    type: e.type,
    cameo: e.cameo,
    plover: e.plover,
    quadClass: e.quadClass,
    weight: e.weight,
    actors: refs(e.actors),
    host: ref(e.host),
    place: ref(e.place),
    when: e.when,
    status: e.status,
    count: e.count,
    span: e.span,
    cluster: e.cluster?.id ?? null,
    quote: e.evidence,
    docTitle: documentLabel(e.document),
    pair: pairCode(e.pair),
    mentions: e.cluster?.mentions ?? null,
    isCluster: false,
  }
}

/** A real event: the cluster of its mentions. */
export function clusterView(c: ApiCluster): EventRec {
  return {
    id: c.id,
    doc: '',
    type: c.type,
    cameo: c.cameo,
    plover: null,
    quadClass: c.quadClass,
    weight: c.weight,
    actors: refs(c.actors),
    host: ref(c.host),
    place: ref(c.place),
    when: c.when,
    status: c.status,
    count: null,
    span: null,
    cluster: null,
    quote: c.evidence,
    docTitle: null,
    pair: pairCode(c.pair),
    mentions: c.mentions,
    isCluster: true,
  }
}

export function indicatorView(i: ApiIndicator): IndicatorRec {
  return {
    id: i.id,
    doc: i.doc,
    indicator: i.indicator,
    subject: ref(i.subject),
    counterpart: ref(i.counterpart),
    scope: i.scope,
    value: i.value,
    unit: i.unit,
    bound: i.bound,
    period: i.period,
    source: ref(i.source),
    span: i.span,
    quote: i.evidence,
    pair: pairCode(i.pair),
  }
}

export function docSummaryView(d: S['DocumentSummary']): DocSummary {
  return { id: d.id, source: d.source, url: d.url, title: d.title, lead: d.lead, outlet: d.outlet, published: d.published, counts: d.counts }
}

/** A document's own fields as the other answers cite it. */
export function docRefView(d: S['DocRef']): DocSummary {
  return { id: d.id, source: d.source, url: d.url, title: d.title, lead: d.lead, outlet: d.outlet, published: d.published, counts: {} }
}

type SpanRecord = S['SpanRecord']

function recordLabel(r: SpanRecord): string {
  switch (r.kind) {
    case 'event':
      return `${humanize(r.type)}${r.status === 'planned' ? ' (planned)' : ''} · ${formatWhen(r.when)}`
    case 'indicator':
      return `${humanize(r.indicator)}: ${formatValue(r.value, r.unit)}`
    case 'entity':
      return `${r.type}: ${r.entity.name}`
    case 'time':
      return r.when ? `time: ${r.when.start === r.when.end ? r.when.start : `${r.when.start} – ${r.when.end}`}` : 'time: unresolved'
    case 'role':
      return `role: ${r.title}`
  }
}

export function docDetailView(x: { document: S['Document']; records: SpanRecord[] }): DocDetail {
  const d = x.document
  return {
    ...docRefView(d),
    text: d.text,
    records: x.records.map((r): DocRecord => ({ id: r.id, kind: r.kind, span: r.span, label: recordLabel(r), record: r })),
    diagnostics: d.diagnostics.map((g) => ({ reason: g.reason, ruleId: g.ruleId, severity: g.severity, span: g.span ?? null })),
  }
}

export function roleView(r: S['Role']): Role {
  return {
    title: r.title,
    org: r.org?.id ?? null,
    orgName: r.org?.name ?? null,
    reported: r.document.published ?? null,
    doc: r.doc,
    span: r.span,
    when: r.when,
    qualifier: r.qualifier,
  }
}

export function entityView(e: S['EntitySummary'], roles: readonly S['Role'][] = []): EntitySummary {
  return { id: e.id, name: e.name, type: e.type, country: e.country, aliases: e.aliases, roles: roles.map(roleView), mentions: e.documents }
}

export function conflictView(c: S['Conflict']): ConflictRec {
  return {
    id: c.id,
    kind: c.kind,
    about: c.about,
    note: c.note,
    indicators: c.indicators.map((i) => i.id),
    events: c.events.map((e) => e.id),
    records: c.indicators.map(indicatorView),
    eventRecords: c.events.map(eventView),
  }
}

/** Series as the API groups them; a point stated by several sources plots each source's own figure. */
export function seriesView(s: S['Series']): Series {
  return {
    key: s.key,
    indicator: s.indicator,
    unit: s.unit,
    subject: ref(s.subject),
    counterpart: ref(s.counterpart),
    scope: s.scope,
    points: s.points.flatMap((p) => p.sources.map(indicatorView)),
  }
}

type ApiStats = Answer<'/api/stats'>

export function pairView(p: ApiStats['pairs'][number]): Pair {
  return { code: p.pair.map((k) => k.replace(/^country:/, '')).join(','), label: p.names.map((n) => n.name).join(' – '), events: p.events }
}

export function statsView(s: ApiStats): Stats {
  return {
    counts: { ...s.counts },
    pairs: s.pairs.map(pairView),
    latest: s.latest.map(clusterView),
    headline: s.headline.map(indicatorView),
  }
}
