import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { Kysely, Migrator } from './kysely.js'
import type { Backend } from './backend.js'
import { migrationProvider } from './migrations/index.js'
import { isPostgresUrl, storeLocation } from './location.js'
import type { Database } from './schema.js'
import { hideSecrets } from '../util/secrets.js'

/** An open store: the Kysely handle plus what differs per backend. */
export interface Store {
  readonly db: Kysely<Database>
  readonly backend: Backend
  /** Where it lives (file path or URL with the password hidden). */
  readonly location: string
  close(): Promise<void>
}

export { DEFAULT_DB, isPostgresUrl, storeLocation } from './location.js'

/** A store that was to be read does not exist (nothing is created). */
export class MissingStoreError extends Error {
  constructor(readonly path: string) {
    super(`no store at ${path}: give an existing one with --db or DYAD_DB, or create it with dyad ingest`)
  }
}

/**
 * Open (and migrate to the latest schema) the store at `location`: a
 * `postgres://` URL selects PostgreSQL, anything else is a SQLite file
 * (`:memory:` for a throwaway one). `onConnectionError` hears of a lost
 * PostgreSQL connection (a worker's, reported while it retries).
 */
export async function openStore(
  location?: string | null,
  options: { migrate?: boolean; mustExist?: boolean; onConnectionError?: (error: Error) => void } = {},
): Promise<Store> {
  const where = storeLocation(location)
  // SQLite creates a missing file on open: a reader given a mistyped path would see an empty store.
  if (options.mustExist && !isPostgresUrl(where) && where !== ':memory:' && !existsSync(where)) throw new MissingStoreError(resolve(where))
  // Only the backend in use is loaded (the PostgreSQL client is large).
  const backend = isPostgresUrl(where) ? (await import('./postgres/index.js')).postgresBackend : (await import('./sqlite/index.js')).sqliteBackend
  const cannotOpen = (error: unknown) => new Error(hideSecrets(`cannot open store ${where}: ${error instanceof Error ? error.message : String(error)}`))
  let db: Kysely<Database>
  try {
    db = new Kysely<Database>({ dialect: backend.createDialect(where, options.onConnectionError) })
  } catch (error) {
    throw cannotOpen(error)
  }
  if (options.migrate !== false) {
    try {
      await migrateToLatest(db, backend)
    } catch (error) {
      await db.destroy().catch(() => {})
      throw cannotOpen(error)
    }
  }
  return { db, backend, location: hideSecrets(where), close: () => db.destroy() }
}

/** Apply pending migrations; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<any>, backend: Backend): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(backend),
    migrationTableName: 'dyad_migration',
    migrationLockTableName: 'dyad_migration_lock',
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')
    throw new Error(`migration ${failed?.migrationName ?? '(before any migration)'} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}
