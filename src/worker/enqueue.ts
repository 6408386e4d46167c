import type PgBoss from 'pg-boss'
import { readInputs, type IngestFailure, type IngestOptions } from '../ingest/read.js'
import type { SourceDocument } from '../model/types.js'
import { contentHash } from '../util/ids.js'
import { INGEST_QUEUE, type IngestJob } from './queue.js'

export interface EnqueueReport {
  /** Documents read. */
  readonly read: number
  /** Jobs created (a document whose hash is already queued or running is not queued again). */
  readonly queued: number
  readonly failures: IngestFailure[]
}

/** Jobs are inserted this many at a time: one round trip per batch, memory bounded. */
const BATCH = 200

/**
 * Enqueue one ingest job per source document, with its content hash as the
 * singleton key: the same content enqueued twice (by two producers, or a
 * rerun) is queued once. Storing stays idempotent either way, since the
 * ingest service skips a hash already stored.
 */
export async function enqueueDocuments(
  boss: PgBoss,
  docs: AsyncIterable<SourceDocument> | Iterable<SourceDocument>,
): Promise<{ read: number; queued: number }> {
  let read = 0
  let queued = 0
  let batch: PgBoss.JobInsert<IngestJob>[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const before = await countKeys(
      boss,
      batch.map((j) => j.singletonKey!),
    )
    await boss.insert(batch)
    queued +=
      (await countKeys(
        boss,
        batch.map((j) => j.singletonKey!),
      )) - before
    batch = []
  }
  for await (const doc of docs) {
    read++
    const hash = contentHash(doc.text)
    batch.push({ name: INGEST_QUEUE, data: { doc, hash }, singletonKey: hash })
    if (batch.length >= BATCH) await flush()
  }
  await flush()
  return { read, queued }
}

/** Read files, folders and URLs with the ingest reader and enqueue what they hold. */
export async function enqueueInputs(boss: PgBoss, inputs: readonly string[], options: IngestOptions = {}): Promise<EnqueueReport> {
  const failures: IngestFailure[] = []
  async function* docs(): AsyncGenerator<SourceDocument> {
    for await (const item of readInputs(inputs, options)) {
      if (item.ok) yield item.doc
      else failures.push(item.failure)
    }
  }
  const { read, queued } = await enqueueDocuments(boss, docs())
  return { read, queued, failures }
}

/** Jobs of the ingest queue, in any state, with one of these keys. */
async function countKeys(boss: PgBoss, keys: string[]): Promise<number> {
  const { rows } = await boss.getDb().executeSql(`select count(*)::int as n from pgboss.job where name = $1 and singleton_key = any($2)`, [INGEST_QUEUE, keys])
  return rows[0].n as number
}
