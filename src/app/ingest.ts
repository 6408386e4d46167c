import type { Kysely } from 'kysely'
import { relativeSources } from './source-name.js'
import { isUnchanged, readInputs, resolveOptions, type IngestFailure, type IngestItem, type IngestOptions as ReadOptions } from '../ingest/read.js'
import type { Extraction } from '../model/types.js'
import { DEFAULT_BUDGET_MS } from '../pipeline/budget.js'
import type { ProcessInput } from '../pipeline/run.js'
import { sql } from '../store/kysely.js'
import type { Store } from '../store/open.js'
import type { Database } from '../store/schema.js'
import type { RecordCounts } from '../store/write-document.js'
import { crossDateStored } from './cross-date.js'
import { refreshResolution, type Block } from './resolve/index.js'
import { createExtractionPool, type Extract, type LanguageCheck } from './extract-pool.js'
import { DISK_FULL_RULE, diskFullFailure, isDiskFull, RESOLVE_RULE } from './disk-full.js'
import { prepareBatch, writeBatch, type StoredOutcome, type StoredResult, type Touched } from './store-batch.js'

export type IngestOutcome = StoredOutcome
export { defaultThreads } from './extract-pool.js'
export { BUDGET_RULE, DEFAULT_BUDGET_MS } from '../pipeline/budget.js'

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
  /**
   * The pipeline over several documents at once (worker threads), results
   * in input order; replaces `process` for the documents read (resolution's
   * re-dating still uses `process`).
   */
  extract?: Extract
  /** Check each document's language with the extraction (items read with `deferLanguageCheck`). */
  languageCheck?: LanguageCheck
  /** Documents per write transaction (default DEFAULT_BATCH on SQLite, 1 on PostgreSQL). */
  batch?: number
  /**
   * Run the pipeline on this many worker threads (default 1: in this
   * thread). The extractions, and so the store, are the same for any number.
   */
  threads?: number
  /**
   * Text that waits for extraction before a thread after the first starts
   * (default CHARS_PER_THREAD; 0: as soon as a document finds no thread free).
   */
  charsPerThread?: number
  /**
   * Milliseconds the pipeline may spend on one document (default
   * DEFAULT_BUDGET_MS); past them the document fails with `pipeline:budget`
   * and the rest go on.
   */
  budgetMs?: number
  /**
   * On threads: from this many stored documents every thread ends before
   * resolution and re-dating runs in this thread (default
   * KEEP_THREAD_BELOW); below it one thread stays for re-dating.
   */
  keepThreadBelow?: number
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

/**
 * Read files and folders with the ingest reader and store what they hold.
 * On worker threads the threads also check each document's language (the
 * reader leaves it to them), so reading and writing keep this thread.
 */
export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}): Promise<IngestReport> {
  if ((options.threads ?? 1) <= 1 || options.extract) return ingestItems(store, relativeSources(readInputs(paths, options.read), paths), options)
  const read = resolveOptions(options.read)
  const languageCheck = { supported: read.languages, minChars: read.languageMinChars }
  return ingestItems(store, relativeSources(readInputs(paths, { ...options.read, deferLanguageCheck: true }), paths), { ...options, languageCheck })
}

/**
 * Store source documents: a content hash already stored is unchanged; a new
 * one runs through the pipeline and is written with all its records,
 * replacing the previous version of the same URL or source, all or nothing
 * (see writeBatch: documents are written in batches, each in its own
 * savepoint, while the next batch is extracted). Inputs are reported in order. Then cross-document resolution is refreshed for what the
 * batch can affect: the entity keys whose unions changed, the new documents'
 * records against those sharing a blocking key, and the (pair, event type)
 * and (pair, indicator) blocks of the records replaced.
 */
export async function ingestItems(store: Store, items: AsyncIterable<IngestItem> | Iterable<IngestItem>, options: IngestOptions = {}): Promise<IngestReport> {
  if (options.extract || (options.threads ?? 1) <= 1) return ingestWith(store, items, options)
  const pool = createExtractionPool(options.threads, options.budgetMs ?? DEFAULT_BUDGET_MS, options.charsPerThread)
  try {
    // Resolution runs in this thread: the others' copies of the pipeline would only wait. One stays, for
    // re-dating, unless resolution reads so much that an idle thread would make the peak (see KEEP_THREAD_BELOW);
    // then this thread re-dates.
    return await ingestWith(store, items, { ...options, extract: pool.extract }, async (stored) => {
      const keep = stored < (options.keepThreadBelow ?? KEEP_THREAD_BELOW)
      await pool.shrink(keep ? 1 : 0)
      return keep
    })
  } finally {
    await pool.close()
  }
}

async function ingestWith(
  store: Store,
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  options: IngestOptions,
  // Before resolution, told how many documents were stored; false: re-date in this thread, not on `options.extract`.
  beforeResolve: (stored: number) => Promise<boolean> = async () => true,
): Promise<IngestReport> {
  const report: IngestReport = {
    new: 0,
    replaced: 0,
    unchanged: 0,
    failures: [],
    records: { entities: 0, events: 0, indicators: 0, times: 0, diagnostics: 0 },
    documents: [],
  }
  const touched: Touched = { docs: new Set(), eventBlocks: [], indicatorBlocks: [] }
  const batchSize = Math.max(1, options.batch ?? (store.backend.name === 'postgres' ? 1 : DEFAULT_BATCH))
  const extract = extractor(options)
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS
  const now = options.now ?? (() => new Date().toISOString())
  // Inputs read and not yet reported (documents wait to be stored in a batch), with the input count of each.
  let waiting: { item: IngestItem; done: number }[] = []
  let waitingDocs = 0
  let waitingChars = 0
  // The batch being written: the next one is read and extracted (on worker threads) meanwhile.
  let writing: Promise<void> = Promise.resolve()
  // The first document that found the store's disk full: later ones are not tried.
  let full: string | null = null
  const flush = async () => {
    const batch = waiting
    waiting = []
    waitingDocs = 0
    waitingChars = 0
    const docs = batch.flatMap(({ item }) => (item.ok && !isUnchanged(item) ? [item.doc] : []))
    const prepared = docs.length > 0 && full === null ? await prepareBatch(store.db, docs, extract, { language: options.languageCheck, budgetMs }) : null
    await writing
    writing = (async () => {
      // The previous batch may have found the disk full meanwhile.
      if (full !== null) prepared?.extractions.catch(() => {})
      const results = prepared && full === null ? await writeBatch(store.db, prepared, now, touched) : docs.map((doc) => notTried(doc.source))
      full ??= results.find((r) => r.failure?.ruleId === DISK_FULL_RULE)?.failure?.source ?? null
      reportBatch(batch, results)
    })()
    // Rethrown where it is awaited (the next batch, the end); meanwhile not an unhandled rejection.
    writing.catch(() => {})
  }
  const reportBatch = (batch: typeof waiting, results: StoredResult[]) => {
    let n = 0
    for (const { item, done } of batch) {
      if (isUnchanged(item)) {
        // A URL answered 304 Not Modified: nothing new, not a failure.
        const source = item.ok ? '' : item.failure.source
        report.unchanged++
        report.documents.push({ id: null, source, outcome: 'unchanged' })
        options.onProgress?.({ phase: 'document', done, source, outcome: 'unchanged' })
      } else if (!item.ok) {
        report.failures.push(item.failure)
        report.documents.push({ id: null, source: item.failure.source, outcome: 'failed' })
        options.onProgress?.({ phase: 'document', done, source: item.failure.source, outcome: 'failed' })
      } else {
        const { doc } = item
        const result = results[n++]
        if (result.counts) for (const k of Object.keys(result.counts) as (keyof RecordCounts)[]) report.records[k] += result.counts[k]
        if (result.outcome === 'failed')
          report.failures.push(result.failure ?? { source: doc.source, reason: result.error ?? `${doc.source}: not stored`, ruleId: 'ingest:store' })
        else report[result.outcome]++
        report.documents.push({ id: result.id, source: doc.source, outcome: result.outcome })
        options.onProgress?.({ phase: 'document', done, source: doc.source, outcome: result.outcome })
      }
    }
  }
  let done = 0
  for await (const item of items) {
    waiting.push({ item, done: ++done })
    if (item.ok && !isUnchanged(item)) {
      waitingDocs++
      waitingChars += item.doc.text.length
    }
    if (waitingDocs >= batchSize || waitingChars >= BATCH_CHARS) await flush()
  }
  await flush()
  await writing
  const pending = { docs: [...touched.docs], eventBlocks: touched.eventBlocks, indicatorBlocks: touched.indicatorBlocks }
  if (options.resolve === false) return { ...report, pending }
  if (touched.docs.size > 0) options.onProgress?.({ phase: 'resolve', done, source: '' })
  const threadsKept = await beforeResolve(touched.docs.size)
  try {
    await resolveIngested(store, pending, options.process, undefined, threadsKept ? options.extract : undefined)
  } catch (error) {
    // The documents are committed; a later ingest resolves them (writeBatch
    // finds them unresolved). Report it with the rest instead of losing the report.
    const message = error instanceof Error ? error.message : String(error)
    const diskFull = isDiskFull(error)
    const reason = `resolution of ${pending.docs.length} stored document${pending.docs.length === 1 ? '' : 's'} failed${diskFull ? ": the store's disk is full" : ''} (${message}); the next ingest resolves them`
    report.failures.push({ source: store.location, reason, ruleId: diskFull ? DISK_FULL_RULE : RESOLVE_RULE })
    return { ...report, pending }
  }
  return report

  function notTried(source: string): StoredResult {
    return { outcome: 'failed', id: null, failure: diskFullFailure(source, `not tried after ${full}`) }
  }
}

/**
 * Cross-document resolution of what an ingest stored: entities, clusters
 * and conflicts, then cross-document dating (which needs resolved
 * entities) and resolution again for the documents it re-dated. `strays`:
 * see Affected.strays. `extract`: the pipeline over several documents at
 * once, for the re-dated ones (`process` otherwise).
 */
export async function resolveIngested(
  store: Store,
  pending: PendingResolution,
  process?: (input: ProcessInput) => Extraction,
  strays?: number,
  extract?: IngestOptions['extract'],
): Promise<void> {
  if (pending.docs.length === 0) return
  // Re-dating runs the pipeline: on the threads when given, else loaded here now (see extractor).
  const redate = process ?? (extract ? unused : (await import('../pipeline/run.js')).processDocument)
  await exclusively(store, async (db) => {
    await db.transaction().execute((trx) => refreshResolution(trx, { ...pending, strays }))
    const dated = await crossDateStored(db, pending.docs, redate, { extract, oneTransaction: store.backend.name === 'sqlite' })
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

/**
 * Stored documents from which an ingest on threads ends all of them before
 * resolution, and re-dates in this thread. Resolution reads in proportion
 * to what was stored (10,000 syndicated articles: a heap of 185 MB while
 * cross-document dating reads), and a thread kept idle for re-dating holds
 * its own pipeline (about 110 MB): beside a large resolution that made the
 * ingest's peak RSS (438 MB). A thread started again for re-dating came on
 * top of the garbage dating's reading left here (418 MB); this thread
 * loading the pipeline collects it first, and the peak is the extraction's
 * again. Either costs the pipeline's loading (about a second of CPU and a
 * cold start: 600 articles on two threads took 10% more CPU), so a smaller
 * ingest keeps one thread.
 */
const KEEP_THREAD_BELOW = 2_000

/**
 * Documents per write transaction on SQLite: enough that the commit (and
 * its full-text index flush) is paid once for many documents, few enough
 * that a batch stays small in memory. On PostgreSQL each document keeps its
 * own transaction: concurrent workers lock the shared key rows in key order
 * within one document, which a longer transaction would no longer ensure.
 */
export const DEFAULT_BATCH = 64
/**
 * A batch is stored early when its texts reach this many characters: two
 * sections of a long text (MAX_SECTION_CHARS each). On worker threads a
 * batch is written while the next one is extracted, so a long text split
 * into sections is written as it goes instead of all at the end (a 2 MB
 * text once waited for all ten of its sections before writing any); a
 * batch of short articles still ends at `batch` documents first.
 */
const BATCH_CHARS = 400_000

/**
 * The pipeline over several documents, from the options (one at a time in
 * this thread unless given). Loaded on first use: an ingest on worker
 * threads never loads the pipeline (gazetteers, NLP model) in the thread
 * that reads and writes, nor does one with nothing new to extract.
 */
function extractor(options: IngestOptions): Extract {
  if (options.extract) return options.extract
  return async (inputs) => {
    const { extractOne } = await import('./extract-one.js')
    const process = options.process ?? (await import('../pipeline/run.js')).processDocument
    return inputs.map((input) => extractOne(input, process))
  }
}

/** Stands for the pipeline where the threads run it instead (crossDateStored calls `extract` when given). */
function unused(): never {
  throw new Error('the pipeline runs on the extraction threads here')
}
