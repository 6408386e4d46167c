import type { Generated } from 'kysely'

/**
 * The tables of the Dyad store, as Kysely sees them. The same shape in SQLite
 * and PostgreSQL: text for ids, keys, dates (ISO) and JSON; `real`/`double
 * precision` for values; integers (0/1) for flags, so one set of queries
 * serves both dialects.
 *
 * Records keep the document-local entity keys the pipeline produced
 * (`country:VN`, `person:xi`); `entity_links` maps (doc, key) to the global
 * entity that cross-document resolution chose, so a later document can
 * re-resolve an entity without rewriting every record that mentions it.
 */
export interface Database {
  documents: DocumentsTable
  diagnostics: DiagnosticsTable
  time_mentions: TimeMentionsTable
  entity_mentions: EntityMentionsTable
  doc_entities: DocEntitiesTable
  entity_blocks: EntityBlocksTable
  entity_links: EntityLinksTable
  entities: EntitiesTable
  entity_aliases: EntityAliasesTable
  entity_roles: EntityRolesTable
  events: EventsTable
  event_actors: EventActorsTable
  unasserted_events: UnassertedEventsTable
  indicators: IndicatorsTable
  conflicts: ConflictsTable
  conflict_members: ConflictMembersTable
  search_index: SearchIndexTable
  entity_keys: EntityKeysTable
  entity_key_aliases: EntityKeyAliasesTable
  key_blocks: KeyBlocksTable
  record_buckets: RecordBucketsTable
}

/** One stored document; `id` derives from the content hash. */
export interface DocumentsTable {
  id: string
  source: string
  url: string | null
  title: string | null
  text: string
  hash: string
  published_start: string | null
  published_end: string | null
  published_basis: 'stated' | 'inferred' | null
  language: string | null
  /** `country:XX,country:YY` (sorted): the document's main pair, the block for cross-document work. */
  pair: string | null
  ingested_at: string
  /** 1 for the first version of a source/URL, +1 for each replacement. */
  version: number
  /** The id of the document this one replaced, if any. */
  replaces: string | null
  /** DocumentMeta as ingest read it (JSON), without the reference hint. */
  meta: string | null
  /** The cross-document dating hint it was processed with (JSON), or null. */
  reference_hint: string | null
  /** What re-dating it under a borrowed window needs (JSON `WindowFacts`; null: dated otherwise, or stored before migration 009). */
  window_facts: string | null
}

export interface DiagnosticsTable {
  id: string
  doc: string
  rule: string
  severity: string
  reason: string
  span_start: number | null
  span_end: number | null
  fatal: number
}

export interface TimeMentionsTable {
  id: string
  doc: string
  span_start: number
  span_end: number
  text: string
  start: string | null
  end: string | null
  granularity: string | null
  as_of: number
  rule: string
}

export interface EntityMentionsTable {
  id: string
  doc: string
  span_start: number
  span_end: number
  /** Document-local entity key. */
  key: string
  type: string
  text: string
  name: string
  country: string | null
  rule: string
}

/** The pipeline's per-document entities (Extraction.actors), input to resolution. */
export interface DocEntitiesTable {
  doc: string
  key: string
  name: string
  type: string
  country: string | null
  /** JSON array of strings. */
  aliases: string
  /** JSON array of Role. */
  roles: string
}

/** Blocking keys of a document entity: resolution only compares entities sharing one. */
export interface EntityBlocksTable {
  doc: string
  key: string
  block: string
}

/** Document-local key -> global entity key, maintained by resolution. */
export interface EntityLinksTable {
  doc: string
  key: string
  entity: string
}

/** A resolved, global entity. */
export interface EntitiesTable {
  key: string
  name: string
  type: string
  country: string | null
}

export interface EntityAliasesTable {
  entity: string
  alias: string
  /** foldName(alias), for lookups by any spelling. */
  folded: string
}

export interface EntityRolesTable {
  id: string
  entity: string
  title: string
  org: string | null
  country: string | null
  doc: string
  span_start: number
  span_end: number
  when_start: string | null
  when_end: string | null
  when_granularity: string | null
  qualifier: string | null
}

export interface EventsTable {
  id: string
  doc: string
  type: string
  cameo: string
  plover: string
  /** JSON array of document-local entity keys. */
  actors: string
  /** Directed events: JSON arrays of document-local keys (who acts, on whom); null when undirected. */
  source_actors: string | null
  target_actors: string | null
  /** How the time was reached: stated (own clause), embedding (the clause around it), inherited (from an enclosing event), article (the article's date). */
  when_basis: string | null
  host: string | null
  place: string | null
  when_start: string | null
  when_end: string | null
  when_granularity: string | null
  status: string
  count: number | null
  span_start: number
  span_end: number
  trigger_start: number
  trigger_end: number
  /** For a repeat (restatement of an event of the same document): the main mention's span. */
  repeat_start: number | null
  repeat_end: number | null
  /** The verbatim evidence text (document text at the span). */
  evidence: string
  cluster: string | null
  /** The document's pair, copied for blocking and queries. */
  pair: string | null
  rule: string
}

/** Event mentions the text negates, denies or puts as a hypothesis: kept, never counted as events. */
export interface UnassertedEventsTable {
  id: string
  doc: string
  type: string
  cameo: string
  plover: string
  modality: string
  actors: string
  source_actors: string | null
  target_actors: string | null
  /** As on events (migration 009; null before). */
  when_basis: string | null
  when_start: string | null
  when_end: string | null
  when_granularity: string | null
  status: string
  span_start: number
  span_end: number
  trigger_start: number
  trigger_end: number
  evidence: string
  rule: string
}

/** Participants of an event, one row each, for queries by actor. */
export interface EventActorsTable {
  event: string
  doc: string
  key: string
  role: 'actor' | 'host' | 'place'
}

export interface IndicatorsTable {
  id: string
  doc: string
  indicator: string
  subject: string | null
  counterpart: string | null
  scope: string | null
  value: number
  unit: string
  bound: string
  period_start: string | null
  period_end: string | null
  period_as_of: string | null
  /** `window`: the period was read from the document's inferred window (migration 009; null otherwise and before). */
  period_basis: string | null
  source: string | null
  span_start: number
  span_end: number
  converted_start: number | null
  converted_end: number | null
  evidence: string
  pair: string | null
  rule: string
}

export interface ConflictsTable {
  id: string
  kind: string
  about: string
  note: string
  pair: string | null
}

export interface ConflictMembersTable {
  conflict: string
  record: string
  kind: 'indicator' | 'event'
  /** In a series: `from|to|id` of the member's period, the order its note lists them in; null otherwise. */
  rank: string | null
}

/** Searchable text: documents and the evidence of their records. */
export interface SearchIndexTable {
  id: Generated<number>
  doc: string
  record: string
  kind: string
  body: string
}

/**
 * One document-entity key across all documents: the union resolution
 * compares (name and type of its first row in source order, first country
 * given, spellings in entity_key_aliases), kept up to date as documents come
 * and go, and the global entity it resolved to.
 */
export interface EntityKeysTable {
  key: string
  name: string
  type: string
  country: string | null
  /** Source and document of the row the name comes from (the first in source order). */
  name_source: string
  name_doc: string
  /** Source and document of the row the country comes from. */
  country_source: string | null
  country_doc: string | null
  /** Documents with a row under this key; 0 marks a key whose last document went (removed at the next resolution). */
  docs: number
  /** The global entity the key resolved to (itself until resolved). */
  entity: string
  /** Raised each time the union changes; 0 once resolution has read it (see refreshEntities). */
  dirty: number
}

export interface EntityKeyAliasesTable {
  key: string
  alias: string
}

/** Blocking keys of a document-entity key (entity_blocks without the document). */
export interface KeyBlocksTable {
  block: string
  key: string
}

/** Blocking keys of an event (pair, type, year, who) or a figure (quantity; quantity and period) for cross-document work. */
export interface RecordBucketsTable {
  bucket: string
  record: string
}
