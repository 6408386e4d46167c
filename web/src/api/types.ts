/** Shapes the dashboard's pages work with, built from the API's typed answers by ./views.ts. */
import type { components } from './schema.js'

export interface Span {
  start: number
  end: number
}

export interface When {
  start: string
  end: string
  granularity: string
}

export interface Diagnostic {
  reason: string
  ruleId: string
  severity: string
  span: Span | null
}

export interface DocSummary {
  id: string
  source: string
  url: string | null
  title: string | null
  /** The first words of its lead, when it has no title. */
  lead: string | null
  /** Who published it (site name, credit line or URL host), when known. */
  outlet: string | null
  published: { start: string; end: string; basis: string } | null
  counts: Record<string, number>
}

export interface DocRecord {
  id: string
  /** The record's kind, or `span` for a bare passage a link points at. */
  kind: components['schemas']['SpanRecord']['kind'] | 'span'
  span: Span
  label: string
  /** The record as the API sent it (null for a bare passage). */
  record: components['schemas']['SpanRecord'] | null
}

export interface DocDetail extends DocSummary {
  text: string
  records: DocRecord[]
  diagnostics: Diagnostic[]
}

export interface Ref {
  id: string
  name: string
}

export interface Role {
  title: string
  org: string | null
  orgName: string | null
  /** Publication date of the document that states it, at its extent (a proxy for when it was held). */
  reported: { start: string; end: string; basis?: string } | null
  doc: string | null
  span: Span | null
  when: When | null
  qualifier: string | null
}

export interface EntitySummary {
  id: string
  name: string
  type: string
  country: string | null
  aliases: string[]
  roles: Role[]
  mentions: number | null
}

export interface EventRec {
  id: string
  doc: string
  type: string
  cameo: string | null
  plover: string | null
  /** CAMEO quad class (verbal/material cooperation/conflict), null when the code is not CAMEO. */
  quadClass: string | null
  /** Goldstein-style weight of the code, -10 to +10. */
  weight: number | null
  actors: Ref[]
  host: Ref | null
  place: Ref | null
  when: When | null
  status: string
  count: number | null
  span: Span | null
  cluster: string | null
  quote: string | null
  docTitle: string | null
  /** Sorted country codes of the record's document, e.g. `CN,VN`. */
  pair: string | null
  /** How many mentions report this real event, when the record is a cluster. */
  mentions: number | null
  /** True for a real event (a cluster of mentions), false for one mention in one document. */
  isCluster: boolean
}

export interface IndicatorRec {
  id: string
  doc: string
  indicator: string
  subject: Ref | null
  counterpart: Ref | null
  scope: string | null
  value: number
  unit: string
  bound: string
  period: { start: string; end: string } | { as_of: string } | null
  source: Ref | null
  span: Span | null
  quote: string | null
  pair: string | null
}

export interface ConflictRec {
  id: string
  kind: string
  about: string
  note: string
  indicators: string[]
  events: string[]
  /** The figures in full, when the server sends them. */
  records: IndicatorRec[]
  /** The event reports in full, when the server sends them. */
  eventRecords: EventRec[]
}

export interface Series {
  key: string
  indicator: string
  unit: string
  subject: Ref | null
  counterpart: Ref | null
  scope: string | null
  points: IndicatorRec[]
}

export interface Pair {
  code: string
  label: string
  events: number | null
}

export interface Stats {
  counts: Record<string, number>
  pairs: Pair[]
  latest: EventRec[]
  headline: IndicatorRec[]
}
