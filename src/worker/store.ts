import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import { migrateToLatest, type Store } from '../store/open.js'
import { postgresBackend } from '../store/postgres/index.js'
import type { Database } from '../store/schema.js'

/**
 * The PostgreSQL store a worker writes to: `openStore`'s store, on a pool
 * that survives the server going away. A pg client whose connection drops
 * emits 'error'; with no listener that event kills the process. The pool
 * listens for its idle clients, but a client checked out (Kysely holds one
 * for a whole transaction) has none, so every client gets a listener of its
 * own when it connects. The query in flight fails instead, the job fails
 * and is retried, and the pool opens fresh connections once the server is
 * back.
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
    throw new Error(`cannot open store ${hidePassword(url)}: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { db, backend: postgresBackend, location: hidePassword(url), close: () => db.destroy() }
}

/** A pg pool whose clients report a lost connection to `onError` instead of crashing the process. */
export function resilientPool(url: string, max: number, name: string, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: name })
  // Every client reports its own error (idle or checked out); the pool's echo of an idle
  // client's error only needs a listener so that it does not throw.
  pool.on('connect', (client) => client.on('error', onError))
  pool.on('error', () => undefined)
  return pool
}

function hidePassword(location: string): string {
  return location.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
