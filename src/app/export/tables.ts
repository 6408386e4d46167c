import type { ScoredExport } from './scored-export.js'
import { toCsv, toTsvLine, type Cell } from './csv.js'
import { goldstein, quadClass } from '../../shared/cameo-scale.js'

type Table = { header: string[]; rows: Cell[][] }
type Rec = Record<string, any>

/** The export as flat tables (one CSV file each): lists joined with `;`. */
export function exportTables(x: ScoredExport): Record<string, Table> {
  const docs = x.documents as Rec[]
  const span = (s: Rec | null | undefined) => [s?.start ?? null, s?.end ?? null]
  const period = (p: Rec | null) => [p?.start ?? null, p?.end ?? null, p?.as_of ?? null]
  return {
    documents: {
      header: ['id', 'source', 'url', 'title', 'published_start', 'published_end', 'published_basis', 'language', 'pair', 'text'],
      rows: docs.map((d) => [d.id, d.source, d.url, d.title, d.published?.start, d.published?.end, d.published?.basis, d.language, d.pair, d.text]),
    },
    diagnostics: {
      header: ['doc', 'rule', 'severity', 'reason', 'span_start', 'span_end'],
      rows: docs.flatMap((d) => (d.diagnostics ?? []).map((g: Rec) => [d.id, g.ruleId, g.severity, g.reason, ...span(g.span)])),
    },
    entities: {
      header: ['id', 'name', 'type', 'country', 'aliases'],
      rows: x.entities.map((e) => [e.id, e.name, e.type, e.country, e.aliases.join(';')]),
    },
    roles: {
      header: ['entity', 'title', 'org', 'qualifier', 'doc', 'span_start', 'span_end'],
      rows: x.entities.flatMap((e) => e.roles.map((r) => [e.id, r.title, r.org, r.qualifier, r.doc, ...span(r.span)])),
    },
    events: {
      // repeat_of_*: the main mention's span when the row restates an event of its document.
      header: [
        'id',
        'doc',
        'type',
        'cameo',
        'plover',
        'actors',
        'host',
        'place',
        'when_start',
        'when_end',
        'granularity',
        'status',
        'count',
        'span_start',
        'span_end',
        'cluster',
        'evidence',
        'repeat_of_start',
        'repeat_of_end',
      ],
      rows: (x.events as Rec[]).map((e) => [
        e.id,
        e.doc,
        e.type,
        e.cameo,
        e.plover,
        (e.actors ?? []).join(';'),
        e.host,
        e.place,
        e.when?.start,
        e.when?.end,
        e.when?.granularity,
        e.status,
        e.count,
        ...span(e.span),
        e.cluster,
        e.evidence,
        ...span(e.repeat_of),
      ]),
    },
    indicators: {
      header: [
        'id',
        'doc',
        'indicator',
        'subject',
        'counterpart',
        'scope',
        'value',
        'unit',
        'bound',
        'period_start',
        'period_end',
        'period_as_of',
        'source',
        'span_start',
        'span_end',
        'evidence',
      ],
      rows: (x.indicators as Rec[]).map((i) => [
        i.id,
        i.doc,
        i.indicator,
        i.subject,
        i.counterpart,
        i.scope,
        i.value,
        i.unit,
        i.bound,
        ...period(i.period),
        i.source,
        ...span(i.span),
        i.evidence,
      ]),
    },
    conflicts: {
      header: ['id', 'kind', 'about', 'note', 'indicators', 'events'],
      rows: (x.conflicts as Rec[]).map((c) => [c.id ?? null, c.kind, c.about, c.note, c.indicators.join(';'), c.events.join(';')]),
    },
  }
}

/** Every table as CSV text, by file name. */
export function exportCsvFiles(x: ScoredExport): Record<string, string> {
  return Object.fromEntries(Object.entries(exportTables(x)).map(([name, t]) => [`${name}.csv`, toCsv(t.header, t.rows)]))
}

export const TSV_HEADER = [
  'date',
  'date_end',
  'source_actor',
  'source_country',
  'target_actor',
  'target_country',
  'event_type',
  'cameo',
  'plover',
  'quad_class',
  'goldstein',
  'status',
  'event_id',
  'cluster',
  'document',
  'evidence',
]

/**
 * Events as one tab-separated file in a GDELT/ICEWS-like layout: one row per
 * event mention; the source actor is the first participant, the target the
 * host or the next participant of another country.
 */
export function exportEventsTsv(x: ScoredExport): string {
  const entities = new Map(x.entities.map((e) => [e.id, e]))
  const docs = new Map((x.documents as Rec[]).map((d) => [d.id, d]))
  const name = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : null)
  const country = (id: string | null) => {
    if (!id) return null
    if (id.startsWith('country:')) return id.slice(8)
    return entities.get(id)?.country ?? null
  }
  const lines = (x.events as Rec[]).map((e) => {
    const actors: string[] = e.actors ?? []
    const source = actors[0] ?? null
    const target =
      (e.host && e.host !== source ? e.host : null) ??
      actors.find((a) => a !== source && country(a) !== country(source)) ??
      actors.find((a) => a !== source) ??
      null
    const doc = docs.get(e.doc)
    return toTsvLine([
      e.when?.start,
      e.when?.end,
      name(source),
      country(source),
      name(target),
      country(target),
      e.type,
      e.cameo,
      e.plover,
      quadClass(e.cameo ?? ''),
      goldstein(e.cameo ?? ''),
      e.status,
      e.id,
      e.cluster,
      doc?.url ?? doc?.source,
      e.evidence,
    ])
  })
  return [TSV_HEADER.join('\t'), ...lines].join('\n') + '\n'
}
