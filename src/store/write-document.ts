import type { Kysely } from 'kysely'
import type { Document, DocumentMeta, EventMention, Extraction, ReferenceHint, Span } from '../model/types.js'
import { figureFields } from '../model/figure-fields.js'
import { entityBlocks } from './entity-blocks.js'
import { insertRows } from './insert-rows.js'
import { addEntityKeys } from './entity-keys.js'
import { uniqueRecordIds } from './record-ids.js'
import type { Database } from './schema.js'

/** A document as the store keeps it, with its place in the version history. */
export interface DocumentToStore {
  readonly document: Document
  readonly extraction: Extraction
  /** `country:XX,country:YY` or null. */
  readonly pair: string | null
  readonly ingestedAt: string
  readonly version: number
  readonly replaces: string | null
  /** Container metadata as read (without a reference hint). */
  readonly meta?: DocumentMeta | null
  /** The cross-document dating hint the extraction used, if any. */
  readonly referenceHint?: ReferenceHint | null
}

/** How many records of each kind one document added. */
export interface RecordCounts {
  entities: number
  events: number
  indicators: number
  times: number
  diagnostics: number
}

/**
 * Insert one processed document and every record read out of it. Run it
 * inside the caller's transaction; ids are stable (document id + kind +
 * span), with a counter suffix only when two records share all three.
 */
export async function writeDocument(db: Kysely<Database>, input: DocumentToStore): Promise<RecordCounts> {
  const { document: d, extraction: x, pair } = input
  const text = d.text
  const ids = uniqueRecordIds(d.id)
  const evidence = (span: Span) => text.slice(span.start, span.end)
  // The columns every record read at a place of the text starts with.
  const placed = (id: string, span: Span) => ({ id, doc: d.id, span_start: span.start, span_end: span.end })
  // Rows are built with Object.assign, not object spread: V8 builds `{ ...placed(), key, ... }` on a slow
  // path (34,000 entity mention rows: about 230 ms against 15), and a long text writes tens of thousands.
  await db
    .insertInto('documents')
    .values({
      id: d.id,
      source: d.source,
      url: d.url,
      title: d.title,
      text,
      hash: d.hash,
      published_start: d.published?.start ?? null,
      published_end: d.published?.end ?? null,
      published_basis: d.published?.basis ?? null,
      language: d.language,
      pair,
      ingested_at: input.ingestedAt,
      version: input.version,
      replaces: input.replaces,
      meta: input.meta ? JSON.stringify(input.meta) : null,
      reference_hint: input.referenceHint ? JSON.stringify(input.referenceHint) : null,
      window_facts: x.windowFacts ? JSON.stringify(x.windowFacts) : null,
    })
    .execute()

  const diagnostics = d.diagnostics.map((g, n) => ({
    id: ids('diagnostic', g.span ?? { start: 0, end: 0 }, `${g.ruleId}|${n}`),
    doc: d.id,
    rule: g.ruleId,
    severity: g.severity,
    reason: g.reason,
    span_start: g.span?.start ?? null,
    span_end: g.span?.end ?? null,
    fatal: g.fatal ? 1 : 0,
  }))
  await insertMany(db, 'diagnostics', diagnostics)

  // A mention's row: its stable id and place, then its own columns (Object.assign, as above).
  const mentionRows = <M extends { readonly span: Span }>(kind: string, mentions: readonly M[], key: (m: M) => string, own: (m: M) => object) =>
    mentions.map((m) => Object.assign(placed(ids(kind, m.span, key(m)), m.span), own(m)))

  await insertMany(
    db,
    'time_mentions',
    mentionRows(
      'time',
      x.times,
      (t) => t.ruleId,
      (t) => ({
        text: t.text,
        start: t.value?.start ?? null,
        end: t.value?.end ?? null,
        granularity: t.value?.granularity ?? null,
        as_of: t.asOf ? 1 : 0,
        rule: t.ruleId,
      }),
    ),
  )

  await insertMany(
    db,
    'entity_mentions',
    mentionRows(
      'mention',
      x.entities,
      (m) => m.key,
      (m) => ({
        key: m.key,
        type: m.type,
        text: m.text,
        name: m.name,
        country: m.country ?? null,
        rule: m.ruleId,
      }),
    ),
  )

  const actors = dedupeBy(x.actors, (a) => a.key)
  await insertMany(
    db,
    'doc_entities',
    actors.map((a) => ({
      doc: d.id,
      key: a.key,
      name: a.name,
      type: a.type,
      country: a.country ?? null,
      aliases: JSON.stringify(a.aliases),
      roles: JSON.stringify(a.roles),
    })),
  )
  await insertMany(
    db,
    'entity_blocks',
    actors.flatMap((a) => entityBlocks(a).map((block) => ({ doc: d.id, key: a.key, block }))),
  )
  await addEntityKeys(db, d.id, d.source, actors)

  const events = x.events.map((e) => ({ id: ids('event', e.span, e.type), e }))
  await insertMany(
    db,
    'events',
    events.map(({ id, e }) =>
      Object.assign(placed(id, e.span), eventColumns(e, evidence(e.span)), {
        host: e.host ?? null,
        place: e.place ?? null,
        when_basis: e.whenBasis ?? null,
        count: e.count,
        repeat_start: e.repeatOf?.start ?? null,
        repeat_end: e.repeatOf?.end ?? null,
        cluster: null,
        pair,
      }),
    ),
  )
  await insertMany(
    db,
    'event_actors',
    events.flatMap(({ id, e }) => {
      const rows = new Map<string, { event: string; doc: string; key: string; role: 'actor' | 'host' | 'place' }>()
      for (const key of e.actors) rows.set(`actor|${key}`, { event: id, doc: d.id, key, role: 'actor' })
      if (e.host) rows.set(`host|${e.host}`, { event: id, doc: d.id, key: e.host, role: 'host' })
      if (e.place) rows.set(`place|${e.place}`, { event: id, doc: d.id, key: e.place, role: 'place' })
      return [...rows.values()]
    }),
  )

  const unasserted = (x.unassertedEvents ?? []).map((e) => ({ id: ids('unasserted', e.span, e.type), e }))
  await insertMany(
    db,
    'unasserted_events',
    unasserted.map(({ id, e }) =>
      Object.assign(placed(id, e.span), eventColumns(e, evidence(e.span)), { modality: e.modality ?? 'asserted', when_basis: e.whenBasis ?? null }),
    ),
  )

  const indicators = x.indicators.map((i) => ({ id: ids('indicator', i.span, `${i.indicator}|${i.value}`), i }))
  await insertMany(
    db,
    'indicators',
    indicators.map(({ id, i }) =>
      Object.assign(placed(id, i.span), figureFields(i), {
        period_start: i.period && 'start' in i.period ? i.period.start : null,
        period_end: i.period && 'end' in i.period ? i.period.end : null,
        period_as_of: i.period && 'as_of' in i.period ? i.period.as_of : null,
        period_basis: i.periodBasis ?? null,
        source: i.source,
        converted_start: i.convertedFrom?.start ?? null,
        converted_end: i.convertedFrom?.end ?? null,
        evidence: evidence(i.span),
        pair,
        rule: i.ruleId,
      }),
    ),
  )

  await insertMany(db, 'search_index', [
    { doc: d.id, record: d.id, kind: 'document', body: d.title ? `${d.title}\n${text}` : text },
    ...events.map(({ id, e }) => ({ doc: d.id, record: id, kind: 'event', body: evidence(e.span) })),
    ...indicators.map(({ id, i }) => ({ doc: d.id, record: id, kind: 'indicator', body: evidence(i.span) })),
  ])

  return {
    entities: x.entities.length,
    events: events.length,
    indicators: indicators.length,
    times: x.times.length,
    diagnostics: diagnostics.length,
  }
}

function dedupeBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item)
  return [...seen.values()]
}

/** Insert in chunks: SQLite limits the number of bound parameters per statement (see insertRows). */
export async function insertMany<T extends keyof Database & string>(db: Kysely<Database>, table: T, rows: readonly Record<string, unknown>[]): Promise<void> {
  await insertRows(db, table, rows)
}

/** The columns an event mention and an unasserted mention share. */
function eventColumns(e: EventMention, evidence: string) {
  return {
    type: e.type,
    cameo: e.cameo,
    plover: e.plover,
    actors: JSON.stringify(e.actors),
    source_actors: e.sourceActors ? JSON.stringify(e.sourceActors) : null,
    target_actors: e.targetActors ? JSON.stringify(e.targetActors) : null,
    when_start: e.when?.start ?? null,
    when_end: e.when?.end ?? null,
    when_granularity: e.when?.granularity ?? null,
    status: e.status,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    evidence,
    rule: e.ruleId,
  }
}
