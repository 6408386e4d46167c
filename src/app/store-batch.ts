import type { Kysely } from 'kysely'
import { isWebUrl, languageRefusal, type IngestFailure } from '../ingest/read.js'
import type { Document, Extraction, SourceDocument } from '../model/types.js'
import { deleteDocument } from '../store/delete-document.js'
import { sql } from '../store/kysely.js'
import type { Database } from '../store/schema.js'
import { writeDocument, type RecordCounts } from '../store/write-document.js'
import { chunks } from '../util/chunks.js'
import { contentHash, documentId } from '../util/ids.js'
import { diskFullFailure, isDiskFull } from './disk-full.js'
import { documentPairKey } from './document-pair.js'
import { isRefused, type Extract, type ExtractResult, type LanguageCheck } from './extract-pool.js'
import { blocksOfDocs, type Block } from './resolve/index.js'

export type StoredOutcome = 'new' | 'replaced' | 'unchanged' | 'failed'

/** What one document of a batch came to. */
export interface StoredResult {
  readonly outcome: StoredOutcome
  readonly id: string | null
  readonly counts?: RecordCounts
  /** Why it failed (outcome `failed`). */
  readonly error?: string
  /** Set when the failure is the reader's kind (a language refused on a worker thread), not the store's. */
  readonly failure?: IngestFailure
}

/** What a batch changed, for cross-document resolution. */
export interface Touched {
  docs: Set<string>
  eventBlocks: Block[]
  indicatorBlocks: Block[]
}

/** A batch whose stored texts are known and whose new texts are being extracted. */
export interface PreparedBatch {
  readonly sources: readonly SourceDocument[]
  readonly hashes: readonly string[]
  /** Indexes of the documents to write: the first of each text not stored. */
  readonly writes: readonly number[]
  readonly extractions: Promise<ExtractResult[]>
  /** The languages read, when the extraction also checks them. */
  readonly language?: LanguageCheck
}

/**
 * The first half of storing a batch: look up which texts are stored and start
 * extracting the others (not awaited: the caller can write the previous
 * batch meanwhile, while worker threads extract this one).
 */
export async function prepareBatch(
  db: Kysely<Database>,
  sources: readonly SourceDocument[],
  extract: Extract,
  { language, budgetMs }: { language?: LanguageCheck; budgetMs?: number } = {},
): Promise<PreparedBatch> {
  const hashes = sources.map((s) => contentHash(s.text))
  const stored = new Set<string>()
  for (const part of chunks([...new Set(hashes)])) {
    for (const r of await db.selectFrom('documents').select('hash').where('hash', 'in', part).execute()) stored.add(r.hash)
  }
  // The first document of each new text is written; a later copy in the batch is handled as stored, after it.
  const first = new Map<string, number>()
  hashes.forEach((h, n) => stored.has(h) || first.has(h) || first.set(h, n))
  const writes = [...first.values()]
  const inputs = writes.map((n) => ({
    docId: documentId(hashes[n]),
    source: sources[n].source,
    text: sources[n].text,
    meta: sources[n].meta,
    ...(language ? { language } : {}),
    ...(budgetMs !== undefined ? { budgetMs } : {}),
  }))
  return { sources, hashes, writes, extractions: inputs.length > 0 ? extract(inputs) : Promise.resolve([]), language }
}

/**
 * The second half: results in input order. A content hash already stored is
 * unchanged (a stored document left unresolved by a killed run is resolved
 * again); the new ones are written in one transaction, each document inside
 * its own savepoint: a document that fails is rolled back alone, the others
 * commit, and no document is ever stored in part. One commit per batch
 * instead of one per document (SQLite's commit, with its full-text index
 * flush, was half the time of the writes). `touched` gathers, in input
 * order, what resolution must see.
 */
export async function writeBatch(db: Kysely<Database>, batch: PreparedBatch, now: () => string, touched: Touched): Promise<StoredResult[]> {
  const { sources, hashes, writes } = batch
  const extractions = await batch.extractions
  const written = new Map<number, Written | Error>()
  const refused = new Map<number, string>()
  const ready = writes.flatMap((n, k) => {
    const x = extractions[k]
    if (x instanceof Error) written.set(n, x)
    else if (isRefused(x)) refused.set(n, x.refusedLanguage)
    else return [{ n, extraction: x }]
    return []
  })
  if (ready.length > 0) {
    const ingestedAt = now()
    try {
      await db.transaction().execute(async (trx) => {
        for (const { n, extraction } of ready) {
          await sql`savepoint dyad_document`.execute(trx)
          try {
            written.set(n, await writeOne(trx, sources[n], hashes[n], extraction, ingestedAt))
            await sql`release savepoint dyad_document`.execute(trx)
          } catch (error) {
            await sql`rollback to savepoint dyad_document`.execute(trx)
            await sql`release savepoint dyad_document`.execute(trx)
            written.set(n, asError(error))
          }
        }
      })
    } catch (error) {
      // The transaction itself failed (its commit, or SQLite rolled it back on
      // a full disk): none of the batch is stored. Each document is tried again
      // in a transaction of its own, so what fits is stored; after a full disk
      // the rest are not tried.
      let full: string | null = null
      for (const { n, extraction } of ready) {
        if (full !== null) {
          written.set(n, new DiskFullError(`not tried after ${full}`))
          continue
        }
        try {
          written.set(n, await db.transaction().execute((trx) => writeOne(trx, sources[n], hashes[n], extraction, ingestedAt)))
        } catch (again) {
          written.set(n, asError(ready.length === 1 ? error : again))
          if (isDiskFull(again) || (ready.length === 1 && isDiskFull(error))) full = sources[n].source
        }
      }
    }
  }
  const results: StoredResult[] = []
  for (const [n, source] of sources.entries()) {
    const language = refused.get(n)
    if (language !== undefined) {
      const refusal = languageRefusal(source.source, language, batch.language?.supported ?? [])
      results.push({ outcome: 'failed', id: null, failure: refusal.ok ? undefined : refusal.failure })
      continue
    }
    const w = written.get(n)
    // Stored before, or since this batch was prepared (an earlier batch of the run, another process).
    if (w === undefined || (!(w instanceof Error) && w.outcome === 'unchanged')) results.push(await alreadyStored(db, hashes[n], touched))
    else if (w instanceof Error) results.push(await notWritten(db, source, hashes[n], w))
    else {
      // Only once the transaction committed do its effects need resolving.
      touched.docs.add(w.id)
      touched.eventBlocks.push(...w.eventBlocks)
      touched.indicatorBlocks.push(...w.indicatorBlocks)
      results.push({ outcome: w.outcome, id: w.id, counts: w.counts })
    }
  }
  return results
}

interface Written {
  readonly outcome: StoredOutcome
  readonly id: string
  readonly counts?: RecordCounts
  readonly eventBlocks: Block[]
  readonly indicatorBlocks: Block[]
}

/** Write one document in the caller's transaction, replacing the previous version of its URL or source. */
async function writeOne(trx: Kysely<Database>, source: SourceDocument, hash: string, extraction: Extraction, ingestedAt: string): Promise<Written> {
  const id = documentId(hash)
  // Another process may have stored the same content since the check before.
  const again = await trx.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst()
  if (again) return { outcome: 'unchanged', id: again.id, eventBlocks: [], indicatorBlocks: [] }
  // Readers keep only http(s) links; a caller's own SourceDocument is held to the same rule.
  const url = source.meta.url && isWebUrl(source.meta.url) ? source.meta.url : null
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
  const previous = await trx
    .selectFrom('documents')
    .select(['id', 'version', 'pair'])
    .where((eb) => (url ? eb('url', '=', url) : eb.and([eb('source', '=', source.source), eb('url', 'is', null)])))
    .orderBy('version', 'desc')
    .executeTakeFirst()
  const removed = previous ? await blocksOfDocs(trx, [previous.id]) : { events: [], indicators: [] }
  if (previous) await deleteDocument(trx, previous.id)
  const counts = await writeDocument(trx, {
    document,
    extraction,
    pair: documentPairKey(extraction),
    ingestedAt,
    version: previous ? previous.version + 1 : 1,
    replaces: previous?.id ?? null,
    meta: source.meta,
  })
  return { outcome: previous ? 'replaced' : 'new', id, counts, eventBlocks: removed.events, indicatorBlocks: removed.indicators }
}

/**
 * A text already stored is unchanged. A run killed between storing a
 * document and resolving it leaves links or clusters missing: such a
 * document is resolved again now.
 */
async function alreadyStored(db: Kysely<Database>, hash: string, touched: Touched): Promise<StoredResult> {
  const stored = await db.selectFrom('documents').select('id').where('hash', '=', hash).executeTakeFirst()
  if (!stored) return { outcome: 'failed', id: null, error: 'not stored' }
  if (await unresolved(db, stored.id)) {
    const affected = await blocksOfDocs(db, [stored.id])
    touched.eventBlocks.push(...affected.events)
    touched.indicatorBlocks.push(...affected.indicators)
    touched.docs.add(stored.id)
  }
  return { outcome: 'unchanged', id: stored.id }
}

/** Another writer stored the same text first (its insert won the unique hash): unchanged, not failed. */
async function notWritten(db: Kysely<Database>, source: SourceDocument, hash: string, error: Error): Promise<StoredResult> {
  const winner = await db
    .selectFrom('documents')
    .select('id')
    .where('hash', '=', hash)
    .executeTakeFirst()
    .catch(() => undefined)
  if (winner) return { outcome: 'unchanged', id: winner.id }
  // A rule's own failure (the pipeline's budget): its message names the document, the limit and the rule.
  const ruleId = (error as { ruleId?: unknown }).ruleId
  if (typeof ruleId === 'string') return { outcome: 'failed', id: null, failure: { source: source.source, reason: error.message, ruleId } }
  if (error instanceof DiskFullError || isDiskFull(error)) {
    return { outcome: 'failed', id: null, failure: diskFullFailure(source.source, error.message) }
  }
  return { outcome: 'failed', id: null, error: `${source.source}: ${error.message}` }
}

/** A document not tried because an earlier one found the disk full. */
export class DiskFullError extends Error {}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
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
