import PgBoss from 'pg-boss'
import type { SourceDocument } from '../model/types.js'
import { hideSecrets } from '../util/secrets.js'

/** The pg-boss queue that holds one ingest job per document. */
export const INGEST_QUEUE = 'dyad-ingest'

/** What a job carries: the document as the ingest reader produced it. */
export interface IngestJob {
  readonly doc: SourceDocument
  /** Its content hash (also the job's singleton key). */
  readonly hash: string
}

/** Retry and expiry of ingest jobs; tests shorten the delay. */
export interface QueuePolicy {
  /** Attempts after the first failure (default 3). */
  readonly retryLimit?: number
  /** Seconds before a retry (default 10, doubled each time). */
  readonly retryDelay?: number
  /** Seconds a job may stay active before another worker takes it over (default 600). */
  readonly expireInSeconds?: number
}

/**
 * Start pg-boss on the store's PostgreSQL database (its own schema,
 * `pgboss`) and make sure the ingest queue exists. The queue is `stately`:
 * at most one queued, one retrying and one running job per singleton key
 * (the content hash), so enqueuing the same document twice runs it once.
 */
export async function openQueue(url: string, policy: QueuePolicy = {}, options: { supervise?: boolean } = {}): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, max: 4, supervise: options.supervise ?? true, schedule: false, application_name: 'dyad-worker' })
  boss.on('error', (error) => process.stderr.write(`dyad worker: queue error: ${hideSecrets(error.message)}\n`))
  await boss.start()
  const settings = {
    policy: 'stately' as const,
    retryLimit: policy.retryLimit ?? 3,
    retryDelay: policy.retryDelay ?? 10,
    retryBackoff: (policy.retryDelay ?? 10) > 0,
    expireInSeconds: policy.expireInSeconds ?? 600,
  }
  if (await boss.getQueue(INGEST_QUEUE)) await boss.updateQueue(INGEST_QUEUE, { name: INGEST_QUEUE, ...settings })
  else await createQueueOnce(boss, settings)
  return boss
}

async function createQueueOnce(boss: PgBoss, settings: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  try {
    await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, ...settings })
  } catch (error) {
    // Two processes starting at once: the other one created it.
    if (!(await boss.getQueue(INGEST_QUEUE))) throw error
  }
}

/** Jobs not finished yet (queued, retrying or running). */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  return boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })
}
