import { Kysely, Migrator } from 'kysely'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Backend } from './backend.js'
import { migrationProvider } from './migrations/index.js'
import { postgresBackend } from './postgres/index.js'
import type { Database } from './schema.js'
import { sqliteBackend } from './sqlite/index.js'

/** An open store: the Kysely handle plus what differs per backend. */
export interface Store {
  readonly db: Kysely<Database>
  readonly backend: Backend
  /** Where it lives (file path or URL with the password hidden). */
  readonly location: string
  close(): Promise<void>
}

/** A store that was to be read does not exist (nothing is created). */
export class MissingStoreError extends Error {
  constructor(readonly path: string) {
    super(`no store at ${path}: give an existing one with --db or DYAD_DB, or create it with dyad ingest`)
  }
}

/** The default store file when neither `--db` nor `DYAD_DB` is given. */
export const DEFAULT_DB = './dyad.db'

/** `--db` first, then the `DYAD_DB` environment variable, then `./dyad.db`. */
export function storeLocation(explicit?: string | null): string {
  return explicit || process.env.DYAD_DB || DEFAULT_DB
}

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}

/**
 * Open (and migrate to the latest schema) the store at `location`: a
 * `postgres://` URL selects PostgreSQL, anything else is a SQLite file
 * (`:memory:` for a throwaway one).
 */
export async function openStore(location?: string | null, options: { migrate?: boolean; mustExist?: boolean } = {}): Promise<Store> {
  const where = storeLocation(location)
  const backend = isPostgresUrl(where) ? postgresBackend : sqliteBackend
  // SQLite creates a missing file on open: a reader given a mistyped path would see an empty store.
  if (options.mustExist && backend === sqliteBackend && where !== ':memory:' && !existsSync(where)) throw new MissingStoreError(resolve(where))
  const cannotOpen = (error: unknown) =>
    new Error(`cannot open store ${hidePassword(where)}: ${error instanceof Error ? error.message : String(error)}`)
  let db: Kysely<Database>
  try {
    db = new Kysely<Database>({ dialect: backend.createDialect(where) })
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
  return { db, backend, location: hidePassword(where), close: () => db.destroy() }
}

/** Apply pending migrations; throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<any>, backend: Backend): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(backend), migrationTableName: 'dyad_migration', migrationLockTableName: 'dyad_migration_lock' })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')
    throw new Error(`migration ${failed?.migrationName ?? '(before any migration)'} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function hidePassword(location: string): string {
  return location.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
