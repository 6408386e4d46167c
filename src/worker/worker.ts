import type PgBoss from 'pg-boss'
import type { IngestOptions } from '../app/ingest.js'
import { openStore, type Store } from '../app/store.js'
import { handleIngestJobs, type JobResult } from './handle.js'
import { StoreLock } from './lock.js'
import { INGEST_QUEUE, openQueue, type IngestJob, type QueuePolicy } from './queue.js'
import { Pause } from './pause.js'
import { hideSecrets } from '../util/secrets.js'

export interface WorkerOptions {
  /** Jobs this process runs at once (default 1; extraction is CPU-bound: run one process per core). */
  readonly concurrency?: number
  /**
   * Jobs fetched and stored together (default 25): resolution runs once per
   * batch, under the store lock. When one of them fails, the whole batch is
   * retried; the stored ones are then `unchanged`.
   */
  readonly batchSize?: number
  /** Seconds between polls of an empty queue (default 1, at least 0.5). */
  readonly pollSeconds?: number
  readonly policy?: QueuePolicy
  /** Passed to the ingest service (tests substitute the pipeline). */
  readonly ingest?: IngestOptions
  /** Called after each job, done or failed. */
  readonly onJob?: (event: { job: string; source: string; result?: JobResult; error?: Error }) => void
  /**
   * Called when a database call fails for want of a connection (a server
   * restart, a network cut); the worker carries on and retries. Default: a
   * line on stderr.
   */
  readonly onConnectionError?: (error: Error) => void
}

/** A running worker. */
export interface Worker {
  readonly boss: PgBoss
  readonly store: Store
  /** Stop taking jobs, wait for those running, close the connections. */
  stop(): Promise<void>
}

// pg-boss takes output for many ids at once too; its types only say so for one id.
type FailMany = (name: string, ids: string[], data: object) => Promise<void>

/**
 * Jobs fetched and resolved together. Resolution, the step workers take in
 * turn, runs once per batch: 25 short articles keep it a small share of a
 * batch's time (on the benchmark, 2 workers x1.75 of one at 25, x1.57 at 10).
 */
const DEFAULT_BATCH = 25

/** Longest wait between two attempts to record a batch's outcome while the database is away. */
const SETTLE_BACKOFF_MAX_MS = 5_000

/**
 * Start a worker on a PostgreSQL store: it takes ingest jobs from the
 * queue in the same database and runs the ingest service on each. Any
 * number of workers, on any number of machines, may share one database.
 *
 * The worker survives the database going away (a restart, a failover): it
 * fetches, runs and records batches itself rather than through pg-boss's
 * `work()`, whose completion call is not awaited, so a connection lost at
 * that moment is an unhandled rejection that ends the process. Here a
 * failed fetch waits a poll interval; a batch whose store calls fail is
 * failed, and pg-boss retries it; recording a batch's outcome is retried
 * until the database answers. Connections (queue, store, lock) are opened
 * again as needed. A job that still ends up stranded (the worker stopped
 * while the database was away) stays active until its expiry, then pg-boss
 * hands it to another worker; storing is idempotent by content hash.
 */
export async function startWorker(url: string, options: WorkerOptions = {}): Promise<Worker> {
  const report =
    options.onConnectionError ?? ((error: Error) => process.stderr.write(`dyad worker: database error (will retry): ${hideSecrets(error.message)}\n`))
  const store = await openStore(url, { onConnectionError: report })
  const boss = await openQueue(url, options.policy)
  const lock = new StoreLock(url, report)
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH)
  const pollMs = Math.max(0.5, options.pollSeconds ?? 1) * 1000
  const pause = new Pause()
  let stopping = false

  /** Run a batch; the error that fails it, or null when every job is done. */
  const run = async (jobs: PgBoss.Job<IngestJob>[]): Promise<Error | null> => {
    try {
      const results = await handleIngestJobs(
        store,
        lock,
        jobs.map((j) => j.data),
        options.ingest,
      )
      results.forEach((result, i) =>
        options.onJob?.(
          result.outcome === 'failed'
            ? { job: jobs[i].id, source: result.source, error: new Error(result.error) }
            : { job: jobs[i].id, source: result.source, result },
        ),
      )
      const failed = results.filter((r) => r.outcome === 'failed')
      // A batch is completed or failed as a whole: any failure retries it.
      return failed.length > 0 ? new Error(failed.map((r) => `${r.source}: ${r.error}`).join('; ')) : null
    } catch (thrown) {
      // The store or the lock lost its connection (or the pipeline threw): every job is retried.
      const error = thrown instanceof Error ? thrown : new Error(String(thrown))
      for (const job of jobs) options.onJob?.({ job: job.id, source: job.data.doc.source, error })
      return error
    }
  }

  /** Record the batch's outcome, again and again while the database is away (not once stopping). */
  const settle = async (jobs: PgBoss.Job<IngestJob>[], failure: Error | null): Promise<void> => {
    const ids = jobs.map((j) => j.id)
    for (let attempt = 0; ; attempt++) {
      try {
        if (failure) await (boss.fail.bind(boss) as FailMany)(INGEST_QUEUE, ids, { message: failure.message })
        else await boss.complete(INGEST_QUEUE, ids)
        return
      } catch (error) {
        report(error instanceof Error ? error : new Error(String(error)))
        // Left active, the jobs expire and are retried elsewhere; their documents are stored once.
        if (stopping) return
        await pause.for(Math.min(SETTLE_BACKOFF_MAX_MS, 250 * 2 ** attempt))
      }
    }
  }

  const loop = async (): Promise<void> => {
    while (!stopping) {
      let jobs: PgBoss.Job<IngestJob>[]
      try {
        jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize })
      } catch (error) {
        report(error instanceof Error ? error : new Error(String(error)))
        await pause.for(pollMs)
        continue
      }
      // After a batch there are likely more: fetch again at once; an empty queue waits a poll.
      if (!jobs || jobs.length === 0) {
        await pause.for(pollMs)
        continue
      }
      await settle(jobs, await run(jobs))
    }
  }

  const concurrency = Math.max(1, options.concurrency ?? 1)
  const loops = Array.from({ length: concurrency }, loop)
  return {
    boss,
    store,
    async stop() {
      stopping = true
      pause.close()
      try {
        await Promise.all(loops)
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 })
      } finally {
        await lock.close()
        await store.close()
      }
    },
  }
}
