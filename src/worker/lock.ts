import pg from 'pg'

/** Advisory lock id of the store-writing step (any fixed 64-bit number). */
const STORE_LOCK = 4_711_0001

/**
 * A PostgreSQL session advisory lock on a connection of its own. Workers
 * take it around the store-writing step of a document (its transaction and
 * the cross-document resolution that follows), which re-reads and rewrites
 * shared rows (global entities, a pair's clusters and conflicts): run in
 * parallel, two resolutions would race on the same rows. Extraction, the
 * costly part, runs outside the lock. A worker that dies frees the lock
 * with its connection.
 */
export class StoreLock {
  private readonly client: pg.Client
  private connected = false
  /** Jobs of this process queue here first: the advisory lock is reentrant within a session. */
  private local: Promise<unknown> = Promise.resolve()

  constructor(url: string) {
    this.client = new pg.Client({ connectionString: url, application_name: 'dyad-worker-lock' })
    // A connection lost while idle (server restart, database dropped) must not
    // crash the process: the lock went with it, and the next job's query fails
    // and is retried by the queue.
    this.client.on('error', () => undefined)
  }

  /** Run `work` holding the lock. */
  with<T>(work: () => Promise<T>): Promise<T> {
    const run = this.local.then(() => this.locked(work))
    this.local = run.catch(() => undefined)
    return run
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    if (!this.connected) {
      await this.client.connect()
      this.connected = true
    }
    await this.client.query('select pg_advisory_lock($1)', [STORE_LOCK])
    try {
      return await work()
    } finally {
      await this.client.query('select pg_advisory_unlock($1)', [STORE_LOCK])
    }
  }

  async close(): Promise<void> {
    if (this.connected) await this.client.end()
    this.connected = false
  }
}
