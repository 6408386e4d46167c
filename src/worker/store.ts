import { Kysely, PostgresDialect } from '../store/kysely.js'
import pg from 'pg'
import { resilientPool } from '../store/postgres/pool.js'
import { migrateToLatest, type Store } from '../store/open.js'
import { postgresBackend } from '../store/postgres/index.js'
import type { Database } from '../store/schema.js'
import { hideSecrets } from '../util/secrets.js'

/**
 * The PostgreSQL store a worker writes to: `openStore`'s store, on a pool
 * that survives the server going away (see resilientPool), reporting lost
 * connections to the worker's `onError`. The query in flight fails, the job
 * fails and is retried.
 */
export async function openWorkerStore(url: string, onError: (error: Error) => void): Promise<Store> {
  // As the store's own PostgreSQL dialect does: counts come back as bigint strings.
  pg.types.setTypeParser(20, (v: string) => Number(v))
  const pool = resilientPool(url, 5, 'dyad-worker-store', onError)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    await migrateToLatest(db, postgresBackend)
  } catch (error) {
    await db.destroy().catch(() => undefined)
    throw new Error(hideSecrets(`cannot open store ${url}: ${error instanceof Error ? error.message : String(error)}`), { cause: error })
  }
  return { db, backend: postgresBackend, location: hideSecrets(url), close: () => db.destroy() }
}
