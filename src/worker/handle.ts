import { ingestItems, resolveIngested, type IngestOptions, type IngestOutcome } from '../app/ingest.js'
import type { Extraction } from '../model/types.js'
import { DEFAULT_BUDGET_MS } from '../pipeline/budget.js'
import { processDocument } from '../pipeline/run.js'
import type { Store } from '../app/store.js'
import { documentId } from '../util/ids.js'
import type { StoreLock } from './lock.js'
import type { IngestJob } from './queue.js'

export interface JobResult {
  readonly source: string
  readonly id: string | null
  readonly outcome: IngestOutcome
  /** Why it failed (outcome `failed`). */
  readonly error?: string
}

/**
 * Run the ingest service for a batch of jobs' documents: extract and store
 * each (in parallel with other workers), then refresh cross-document
 * resolution once for the batch, holding the store lock. A document already stored is `unchanged`, so a job run twice (a
 * retry, a duplicate) stores its document once. Returns one result per job,
 * in order; failures are results, not exceptions.
 */
export async function handleIngestJobs(store: Store, lock: StoreLock, jobs: readonly IngestJob[], options: IngestOptions = {}): Promise<JobResult[]> {
  const process = options.process ?? processDocument
  const extracted = new Map<string, Extraction>()
  // Documents already stored (a retried batch, a duplicate) are not extracted again; the ingest service reports them unchanged.
  const hashes = jobs.map((j) => j.hash)
  const stored = new Set(hashes.length ? (await store.db.selectFrom('documents').select('hash').where('hash', 'in', hashes).execute()).map((r) => r.hash) : [])
  const results: (JobResult | null)[] = jobs.map(({ doc, hash }) => {
    if (stored.has(hash)) return null
    try {
      extracted.set(
        documentId(hash),
        process({ docId: documentId(hash), source: doc.source, text: doc.text, meta: doc.meta, budgetMs: options.budgetMs ?? DEFAULT_BUDGET_MS }),
      )
      return null
    } catch (error) {
      return { source: doc.source, id: null, outcome: 'failed', error: error instanceof Error ? error.message : String(error) }
    }
  })
  const pending = jobs.filter((_, i) => results[i] === null)
  if (pending.length > 0) {
    const reuse = (input: Parameters<typeof process>[0]) => extracted.get(input.docId) ?? process(input)
    // Storing runs without the lock (each document is its own transaction,
    // and the shared key unions are updated by single statements); only
    // resolution, which rewrites shared rows, takes it.
    const report = await ingestItems(
      store,
      pending.map((j) => ({ ok: true as const, doc: j.doc })),
      { ...options, process: reuse, resolve: false },
    )
    // Only this batch's documents: the others' just-stored ones are theirs to resolve.
    await lock.with(() => resolveIngested(store, report.pending!, reuse, 0))
    // ingestItems reports documents in input order, one each.
    pending.forEach((job, n) => {
      const d = report.documents[n]
      const failure = report.failures.find((f) => f.source === job.doc.source)
      results[jobs.indexOf(job)] = d
        ? { source: job.doc.source, id: d.id, outcome: d.outcome, ...(d.outcome === 'failed' ? { error: failure?.reason ?? 'not stored' } : {}) }
        : { source: job.doc.source, id: null, outcome: 'failed', error: 'not stored' }
    })
  }
  return results as JobResult[]
}
