import { ingestItems, type IngestOptions, type IngestOutcome } from '../app/ingest.js'
import { processDocument } from '../pipeline/run.js'
import type { Store } from '../store/open.js'
import { documentId } from '../util/ids.js'
import type { StoreLock } from './lock.js'
import type { IngestJob } from './queue.js'

export interface JobResult {
  readonly id: string | null
  readonly outcome: IngestOutcome
}

/**
 * Run the ingest service for one job's document: extract (outside the
 * store lock, so workers extract in parallel), then store and resolve
 * holding the lock. A document already stored is `unchanged`, so a job run
 * twice (a retry after a crash, a duplicate) stores it once. Throws when
 * the document failed, so that pg-boss retries the job.
 */
export async function handleIngestJob(store: Store, lock: StoreLock, job: IngestJob, options: IngestOptions = {}): Promise<JobResult> {
  const { doc } = job
  const process = options.process ?? processDocument
  const id = documentId(job.hash)
  const extraction = process({ docId: id, source: doc.source, text: doc.text, meta: doc.meta })
  const report = await lock.with(() =>
    ingestItems(store, [{ ok: true, doc }], { ...options, process: (input) => (input.docId === id ? extraction : process(input)) }),
  )
  const result = report.documents[0]
  if (!result || result.outcome === 'failed') throw new Error(report.failures[0]?.reason ?? `${doc.source}: not stored`)
  return { id: result.id, outcome: result.outcome }
}
