import pg from 'pg'

/** Advisory lock id of the store-writing step (any fixed 64-bit number). */
export const STORE_LOCK = 4_711_0001

/**
 * A PostgreSQL session advisory lock on a connection of its own. Workers
 * take it around cross-document resolution, which re-reads and rewrites
 * shared rows (global entities, clusters and conflicts): run in parallel,
 * two resolutions would race on the same rows. Extraction and storing, the
 * rest of the work, run outside it. A worker that dies frees the lock with
 * its connection.
 */
export class StoreLock {
  private client: pg.Client | null = null
  /** Jobs of this process queue here first: the advisory lock is reentrant within a session. */
  private local: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly url: string,
    private readonly onError: (error: Error) => void = () => undefined,
  ) {}

  /** Run `work` holding the lock. */
  with<T>(work: () => Promise<T>): Promise<T> {
    const run = this.local.then(() => this.locked(work))
    this.local = run.catch(() => undefined)
    return run
  }

  private async locked<T>(work: () => Promise<T>): Promise<T> {
    const client = await this.connection()
    await client.query('select pg_advisory_lock($1)', [STORE_LOCK])
    try {
      return await work()
    } finally {
      // A lost connection took the lock with it: nothing to release. Its error must not
      // hide the work's outcome (stored documents are stored; a retry finds them).
      await client.query('select pg_advisory_unlock($1)', [STORE_LOCK]).catch(() => this.drop(client))
    }
  }

  /**
   * The lock's connection, opened again after a loss (a server restart):
   * a pg client cannot reconnect, so a dead one is dropped and replaced.
   */
  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client
    const client = new pg.Client({ connectionString: this.url, application_name: 'dyad-worker-lock' })
    // A connection lost while idle must not crash the process: the lock went with it,
    // and the next job opens a new connection.
    client.on('error', (error) => {
      this.drop(client)
      this.onError(error)
    })
    client.on('end', () => this.drop(client))
    this.client = client
    try {
      await client.connect()
    } catch (error) {
      this.drop(client)
      throw error
    }
    return client
  }

  private drop(client: pg.Client): void {
    if (this.client === client) this.client = null
    client.end().catch(() => undefined)
  }

  async close(): Promise<void> {
    const client = this.client
    this.client = null
    if (client) await client.end().catch(() => undefined)
  }
}
