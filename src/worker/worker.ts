import type PgBoss from 'pg-boss'
import type { IngestOptions } from '../app/ingest.js'
import { openStore, type Store } from '../store/open.js'
import { handleIngestJob, type JobResult } from './handle.js'
import { StoreLock } from './lock.js'
import { INGEST_QUEUE, openQueue, type IngestJob, type QueuePolicy } from './queue.js'

export interface WorkerOptions {
  /** Jobs this process runs at once (default 1; extraction is CPU-bound: run one process per core). */
  readonly concurrency?: number
  /** Seconds between polls of an empty queue (default 1, at least 0.5). */
  readonly pollSeconds?: number
  readonly policy?: QueuePolicy
  /** Passed to the ingest service (tests substitute the pipeline). */
  readonly ingest?: IngestOptions
  /** Called after each job, done or failed. */
  readonly onJob?: (event: { job: string; source: string; result?: JobResult; error?: Error }) => void
}

/** A running worker. */
export interface Worker {
  readonly boss: PgBoss
  readonly store: Store
  /** Stop taking jobs, wait for those running, close the connections. */
  stop(): Promise<void>
}

/**
 * Start a worker on a PostgreSQL store: it takes ingest jobs from the
 * queue in the same database and runs the ingest service on each. Any
 * number of workers, on any number of machines, may share one database.
 */
export async function startWorker(url: string, options: WorkerOptions = {}): Promise<Worker> {
  const store = await openStore(url)
  const boss = await openQueue(url, options.policy)
  const lock = new StoreLock(url)
  const work = async ([job]: PgBoss.Job<IngestJob>[]) => {
    try {
      const result = await handleIngestJob(store, lock, job.data, options.ingest)
      options.onJob?.({ job: job.id, source: job.data.doc.source, result })
      return result
    } catch (error) {
      options.onJob?.({ job: job.id, source: job.data.doc.source, error: error instanceof Error ? error : new Error(String(error)) })
      throw error
    }
  }
  const concurrency = Math.max(1, options.concurrency ?? 1)
  for (let i = 0; i < concurrency; i++) await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: 1, pollingIntervalSeconds: Math.max(0.5, options.pollSeconds ?? 1) }, work)
  return {
    boss,
    store,
    async stop() {
      try {
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 })
      } finally {
        await lock.close().catch(() => undefined)
        await store.close()
      }
    },
  }
}
