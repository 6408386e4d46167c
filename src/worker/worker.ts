import type PgBoss from 'pg-boss'
import type { IngestOptions } from '../app/ingest.js'
import { openStore, type Store } from '../store/open.js'
import { handleIngestJobs, type JobResult } from './handle.js'
import { StoreLock } from './lock.js'
import { INGEST_QUEUE, openQueue, type IngestJob, type QueuePolicy } from './queue.js'

export interface WorkerOptions {
  /** Jobs this process runs at once (default 1; extraction is CPU-bound: run one process per core). */
  readonly concurrency?: number
  /**
   * Jobs fetched and stored together (default 10): resolution runs once per
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
  const ids: string[] = []
  const work = async (jobs: PgBoss.Job<IngestJob>[]) => {
    try {
      const results = await handleIngestJobs(store, lock, jobs.map((j) => j.data), options.ingest)
      results.forEach((result, i) =>
        options.onJob?.(result.outcome === 'failed' ? { job: jobs[i].id, source: result.source, error: new Error(result.error) } : { job: jobs[i].id, source: result.source, result }),
      )
      const failed = results.filter((r) => r.outcome === 'failed')
      // pg-boss completes or fails a fetched batch as a whole: any failure retries it.
      if (failed.length > 0) throw new Error(failed.map((r) => `${r.source}: ${r.error}`).join('; '))
      return results
    } finally {
      // pg-boss waits out the polling interval after every fetch unless
      // notified: after a batch there are likely more, so fetch again at
      // once (an empty fetch still waits). Without this a worker runs at
      // most one batch per interval, whatever its speed.
      for (const id of ids) boss.notifyWorker(id)
    }
  }
  const concurrency = Math.max(1, options.concurrency ?? 1)
  for (let i = 0; i < concurrency; i++) ids.push(await boss.work<IngestJob>(INGEST_QUEUE, { batchSize: Math.max(1, options.batchSize ?? 10), pollingIntervalSeconds: Math.max(0.5, options.pollSeconds ?? 1) }, work))
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
