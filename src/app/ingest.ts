import { sql, type Kysely } from 'kysely'
import { relativeSources } from './source-name.js'
import { isUnchanged, readInputs, type IngestFailure, type IngestItem, type IngestOptions as ReadOptions } from '../ingest/read.js'
import type { Document, Extraction, SourceDocument } from '../model/types.js'
import { processDocument, type ProcessInput } from '../pipeline/run.js'
import { deleteDocument } from '../store/delete-document.js'
import type { Store } from '../store/open.js'
import type { Database } from '../store/schema.js'
import { writeDocument, type RecordCounts } from '../store/write-document.js'
import { contentHash, documentId } from '../util/ids.js'
import { crossDateStored } from './cross-date.js'
import { documentPairKey } from './document-pair.js'
import { blocksOfDocs, refreshResolution, type Block } from './resolve/index.js'

export type IngestOutcome = 'new' | 'replaced' | 'unchanged' | 'failed'

/** Reported after each input and once for the resolution step. */
export interface IngestProgress {
  readonly phase: 'document' | 'resolve'
  /** Inputs handled so far. */
  readonly done: number
  readonly source: string
  readonly outcome?: IngestOutcome
}

export interface IngestReport {
  new: number
  replaced: number
  unchanged: number
  failures: IngestFailure[]
  /** Records extracted from the new and replaced documents. */
  records: RecordCounts
  documents: { id: string | null; source: string; outcome: IngestOutcome }[]
  /** Set when `resolve` was false: what resolution still has to do. */
  pending?: PendingResolution
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void
  /** The clock for `ingested_at` (tests pin it). */
  now?: () => string
  /** The pipeline; tests substitute it. */
  process?: (input: ProcessInput) => Extraction
  /** Options of the ingest reader (limits, timeouts, languages). */
  read?: ReadOptions
  /**
   * False: store the documents only and return what they changed in
   * `report.pending`, for `resolveIngested`. Workers store in parallel and
   * resolve one at a time.
   */
  resolve?: boolean
}

/** What stored documents left to resolve (see `resolveIngested`). */
export interface PendingResolution {
  readonly docs: readonly string[]
  readonly eventBlocks: readonly Block[]
  readonly indicatorBlocks: readonly Block[]
}

/** Read files and folders with the ingest reader and store what they hold. */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  return ingestItems(store, relativeSources(readInputs(paths, options.read), paths), options)
}

/**
 * Store source documents: a content hash already stored is unchanged; a new
 * one runs through the pipeline and is written with all its records in one
 * transaction, replacing the previous version of the same URL or source in
 * that transaction. Then cross-document resolution is refreshed for what the
 * batch can affect: the entity keys whose unions changed, the new documents'
 * records against those sharing a blocking key, and the (pair, event type)
 * and (pair, indicator) blocks of the records replaced.
 */
export async function ingestItems(store: Store, items: AsyncIterable<IngestItem> | Iterable<IngestItem>, options: IngestOptions = {}): Promise<IngestReport> {
  const report: IngestReport = {
    new: 0,
    replaced: 0,
    unchanged: 0,
    failures: [],
    records: { entities: 0, events: 0, indicators: 0, times: 0, diagnostics: 0 },
    documents: [],
  }
  const touched: Touched = { docs: new Set(), eventBlocks: [], indicatorBlocks: [] }
  let done = 0
  for await (const item of items) {
    done++
    if (isUnchanged(item)) {
      // A URL answered 304 Not Modified: nothing new, not a failure.
      const source = item.ok ? '' : item.failure.source
      report.unchanged++
      report.documents.push({ id: null, source, outcome: 'unchanged' })
      options.onProgress?.({ phase: 'document', done, source, outcome: 'unchanged' })
      continue
    }
    if (!item.ok) {
      report.failures.push(item.failure)
      report.documents.push({ id: null, source: item.failure.source, outcome: 'failed' })
      options.onProgress?.({ phase: 'document', done, source: item.failure.source, outcome: 'failed' })
      continue
    }
    let outcome: IngestOutcome
    let id: string | null = null
    try {
      const result = await ingestOne(store.db, item.doc, options, touched)
      outcome = result.outcome
      id = result.id
      if (result.counts) for (const k of Object.keys(result.counts) as (keyof RecordCounts)[]) report.records[k] += result.counts[k]
    } catch (error) {
      // Another writer stored the same text first (its insert won the unique hash): unchanged, not failed.
      const winner = await store.db.selectFrom('documents').select('id').where('hash', '=', contentHash(item.doc.text)).executeTakeFirst().catch(() => undefined)
      if (winner) {
        outcome = 'unchanged'
        id = winner.id
      } else {
        outcome = 'failed'
        report.failures.push({ source: item.doc.source, reason: `${item.doc.source}: ${error instanceof Error ? error.message : String(error)}`, ruleId: 'ingest:store' })
      }
    }
    if (outcome !== 'failed') report[outcome]++
    report.documents.push({ id, source: item.doc.source, outcome })
    options.onProgress?.({ phase: 'document', done, source: item.doc.source, outcome })
  }
  const pending = { docs: [...touched.docs], eventBlocks: touched.eventBlocks, indicatorBlocks: touched.indicatorBlocks }
  if (options.resolve === false) return { ...report, pending }
  if (touched.docs.size > 0) options.onProgress?.({ phase: 'resolve', done, source: '' })
  await resolveIngested(store, pending, options.process)
  return report
}

/**
 * Cross-document resolution of what an ingest stored: entities, clusters
 * and conflicts, then cross-document dating (which needs resolved
 * entities) and resolution again for the documents it re-dated. `strays`:
 * see Affected.strays.
 */
export async function resolveIngested(store: Store, pending: PendingResolution, process: (input: ProcessInput) => Extraction = processDocument, strays?: number): Promise<void> {
  if (pending.docs.length === 0) return
  await exclusively(store, async (db) => {
    await db.transaction().execute((trx) => refreshResolution(trx, { ...pending, strays }))
    const dated = await crossDateStored(db, pending.docs, process)
    if (dated.docs.length > 0) await db.transaction().execute((trx) => refreshResolution(trx, { ...dated, strays }))
  })
}

/** Advisory lock key of cross-document resolution on PostgreSQL (any fixed number; workers' store lock is another). */
export const RESOLUTION_LOCK = 4_711_0002

/**
 * Run resolution alone. Resolution re-reads and rewrites shared rows
 * (global entities, clusters, conflicts), so two at once (two API requests,
 * a CLI ingest beside a server) would race. SQLite already writes one
 * transaction at a time; on PostgreSQL a session advisory lock on one
 * connection, which every query of `work` uses, makes the others wait.
 */
export async function exclusively(store: Store, work: (db: Kysely<Database>) => Promise<void>): Promise<void> {
  if (store.backend.name !== 'postgres') return work(store.db)
  await store.db.connection().execute(async (db) => {
    await sql`select pg_advisory_lock(${RESOLUTION_LOCK})`.execute(db)
    try {
      await work(db)
    } finally {
      await sql`select pg_advisory_unlock(${RESOLUTION_LOCK})`.execute(db).catch(() => undefined)
    }
  })
}

/** What the batch changed, for cross-document resolution. */
interface Touched {
  docs: Set<string>
  eventBlocks: Block[]
  indicatorBlocks: Block[]
}

interface OneResult {
  outcome: IngestOutcome
  id: string
  counts?: RecordCounts
}

async function ingestOne(db: Kysely<Database>, source: SourceDocument, options: IngestOptions, batch: Touched): Promise<OneResult> {
  const hash = contentHash(source.text)
  const id = documentId(hash)
  const stored = await db.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst()
  if (stored) {
    // A run killed between storing a document and resolving it leaves links
    // or clusters missing: resolve such a document again now.
    if (await unresolved(db, stored.id)) await markTouched(db, stored.id, batch)
    return { outcome: 'unchanged', id: stored.id }
  }

  const url = source.meta.url ?? null
  const extraction = (options.process ?? processDocument)({ docId: id, source: source.source, text: source.text, meta: source.meta })
  const pair = documentPairKey(extraction)
  const document: Document = {
    id,
    source: source.source,
    url,
    title: source.meta.title ?? null,
    text: source.text,
    hash,
    published: extraction.published,
    language: extraction.language,
    diagnostics: [...source.diagnostics, ...extraction.diagnostics],
  }
  const ingestedAt = (options.now ?? (() => new Date().toISOString()))()
  const touched = { eventBlocks: [] as Block[], indicatorBlocks: [] as Block[] }
  const result = await db.transaction().execute(async (trx): Promise<OneResult> => {
    // Another process may have stored the same content since the check above.
    const again = await trx.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst()
    if (again) return { outcome: 'unchanged', id: again.id }
    const previous = await trx
      .selectFrom('documents')
      .select(['id', 'version', 'pair'])
      .where((eb) => (url ? eb('url', '=', url) : eb.and([eb('source', '=', source.source), eb('url', 'is', null)])))
      .orderBy('version', 'desc')
      .executeTakeFirst()
    if (previous) {
      const removed = await blocksOfDocs(trx, [previous.id])
      touched.eventBlocks.push(...removed.events)
      touched.indicatorBlocks.push(...removed.indicators)
      await deleteDocument(trx, previous.id)
    }
    const counts = await writeDocument(trx, {
      document,
      extraction,
      pair,
      ingestedAt,
      version: previous ? previous.version + 1 : 1,
      replaces: previous?.id ?? null,
      meta: source.meta,
    })
    return { outcome: (previous ? 'replaced' : 'new') as IngestOutcome, id, counts }
  })
  if (result.outcome === 'unchanged') return result
  // Only once the transaction committed do its effects need resolving.
  batch.docs.add(id)
  batch.eventBlocks.push(...touched.eventBlocks)
  batch.indicatorBlocks.push(...touched.indicatorBlocks)
  return result
}

/** True when a stored document's entities are not all linked or its events not all clustered. */
async function unresolved(db: Kysely<Database>, doc: string): Promise<boolean> {
  const unlinked = await db
    .selectFrom('doc_entities as de')
    .select('de.key')
    .where('de.doc', '=', doc)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('entity_links as l').select('l.key').whereRef('l.doc', '=', 'de.doc').whereRef('l.key', '=', 'de.key'))),
    )
    .limit(1)
    .executeTakeFirst()
  if (unlinked) return true
  const unclustered = await db.selectFrom('events').select('id').where('doc', '=', doc).where('cluster', 'is', null).limit(1).executeTakeFirst()
  return unclustered !== undefined
}

async function markTouched(db: Kysely<Database>, doc: string, batch: Touched): Promise<void> {
  const affected = await blocksOfDocs(db, [doc])
  batch.eventBlocks.push(...affected.events)
  batch.indicatorBlocks.push(...affected.indicators)
  batch.docs.add(doc)
}
