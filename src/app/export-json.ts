import type { Conflict, Extraction, Published, Span } from '../model/types.js'
import { resolveEntities } from '../resolve/entities.js'
import { clusterEvents, type StoredEvent } from '../resolve/events.js'
import { reconcileIndicators, type StoredIndicator } from '../resolve/indicators.js'
import { uniqueRecordIds } from '../store/record-ids.js'
import { exportedEvent, exportedIndicator } from './export/records.js'

/** A processed document as the export needs it. */
export interface ExportInput {
  readonly id: string
  readonly source: string
  readonly url: string | null
  readonly title: string | null
  readonly text: string
  readonly published: Published | null
  readonly extraction: Extraction
}

/** The JSON structure that `../shared/eval/score.py` reads (see eval README). */
export interface ScoredExport {
  documents: {
    id: string
    source: string
    url: string | null
    title: string | null
    text: string
    published: Published | null
    diagnostics: Extraction['diagnostics']
    /** Extra fields the store knows (the scorer ignores them). */
    language?: string | null
    pair?: string | null
    version?: number
  }[]
  entities: {
    id: string
    name: string
    type: string
    country: string | null
    aliases: string[]
    roles: { title: string; doc: string; span: Span; org: string | null; when: unknown; qualifier: string | null }[]
  }[]
  events: Record<string, unknown>[]
  /** Negated, denied and hypothetical event mentions, with their modality: never among `events`. */
  unasserted_events?: Record<string, unknown>[]
  indicators: Record<string, unknown>[]
  conflicts: (Conflict & { id?: string })[]
}

/**
 * Build the scored export from processed documents: entities resolved across
 * documents, event mentions clustered, figures reconciled. Pure: the same
 * input gives the same output, ids included.
 */
export function buildExport(docs: readonly ExportInput[]): ScoredExport {
  const ordered = [...docs].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
  const resolution = resolveEntities(ordered.map((d) => ({ doc: d.id, actors: d.extraction.actors })))
  const ref = (doc: string, key: string | null | undefined): string | null => (key ? resolution.canonical(doc, key) : null)

  const storedEvents: StoredEvent[] = []
  const storedIndicators: StoredIndicator[] = []
  for (const d of ordered) {
    // The same ids the store gives (a counter suffix for records sharing doc, kind and span).
    const recordId = uniqueRecordIds(d.id)
    for (const e of d.extraction.events) {
      const event = { ...e, actors: e.actors.map((a) => ref(d.id, a)!), host: ref(d.id, e.host), place: ref(d.id, e.place) }
      storedEvents.push({ id: recordId('event', e.span, e.type), doc: d.id, event })
    }
    for (const i of d.extraction.indicators) {
      const indicator = {
        ...i,
        subject: ref(d.id, i.subject),
        counterpart: ref(d.id, i.counterpart),
        source: ref(d.id, i.source),
      }
      storedIndicators.push({ id: recordId('indicator', i.span, `${i.indicator}|${i.value}`), doc: d.id, indicator })
    }
  }
  const published = new Map(ordered.map((d) => [d.id, d.published]))
  const clusters = clusterEvents(storedEvents, published)
  const conflicts = reconcileIndicators(storedIndicators)

  return {
    documents: ordered.map((d) => ({
      id: d.id,
      source: d.source,
      url: d.url,
      title: d.title,
      text: d.text,
      published: d.published,
      diagnostics: d.extraction.diagnostics,
    })),
    entities: resolution.entities
      .map((e) => ({
        id: e.key,
        name: e.name,
        type: e.type,
        country: e.country ?? null,
        aliases: [...e.aliases],
        roles: e.roles.map((r) => ({
          title: r.title,
          doc: r.doc,
          span: r.span,
          org: r.org ?? null,
          when: r.when ?? null,
          qualifier: r.qualifier ?? null,
        })),
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    events: storedEvents.map(({ id, doc, event }) => exportedEvent(id, doc, event, clusters.get(id) ?? null)),
    indicators: storedIndicators.map(({ id, doc, indicator }) => exportedIndicator(id, doc, indicator)),
    conflicts,
  }
}
