import BetterSqlite3 from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Dialect, DialectAdapter, Driver } from 'kysely'
import { CompiledQuery, SqliteAdapter, SqliteDialect } from '../kysely.js'

/** A SQLite dialect on a file (`:memory:` for a throwaway store). */
export function createDialect(location: string): Dialect {
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true })
  return new ImmediateSqliteDialect({
    database: async () => {
      const db = new BetterSqlite3(location)
      // Resolution transactions can be long; a second writer waits rather than
      // fails. Set first: switching a new file to WAL takes a lock too.
      db.pragma('busy_timeout = 60000')
      // WAL lets readers (the API) work while an ingest writes.
      if (location !== ':memory:') db.pragma('journal_mode = WAL')
      // In WAL mode NORMAL still survives a killed process (a commit is in the
      // log before it returns); only a power cut may lose the last commits.
      // FULL would sync the disk on every document's transaction.
      db.pragma('synchronous = NORMAL')
      // Temporary files (the statement journal a multi-row insert keeps inside
      // a batch's transaction, sorts) in memory: on disk they were 85% of an
      // ingest's writes (243,000 of 287,000 pwrite calls for 600 articles).
      db.pragma('temp_store = MEMORY')
      return cachingStatements(db)
    },
  })
}

/**
 * SQLite with transactions begun IMMEDIATE: a deferred transaction that
 * reads before it writes fails at once with SQLITE_BUSY when another process
 * writes (busy_timeout does not apply to that upgrade), which lost documents
 * when two ingests ran on one store.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver()
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'))
    }
    // SQLite rolls a transaction back by itself on some errors (SQLITE_FULL,
    // SQLITE_IOERR); Kysely's rollback then fails with "cannot rollback - no
    // transaction is active", and that error replaced the one that said why.
    driver.rollbackTransaction = async (connection) => {
      try {
        await connection.executeQuery(CompiledQuery.raw('rollback'))
      } catch (error) {
        if (!/no transaction is active/.test(error instanceof Error ? error.message : '')) throw error
      }
    }
    return driver
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter()
  }
}

/**
 * SQLite runs DDL in transactions, but Kysely's adapter says it does not, so
 * its migrator ran each step on its own with no lock (SQLite's
 * acquireMigrationLock is a no-op): two processes creating a new store at
 * once both ran 001 and one failed on `UNIQUE constraint failed:
 * dyad_migration.name`. Saying yes makes the migrator read what is pending
 * and apply it in one transaction, begun IMMEDIATE (above): the second
 * process waits for the first to commit, then finds nothing left to do, and
 * a process killed mid-migration leaves no half-made schema.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

/** Prepared statements kept per connection (least recently used dropped first). */
const STATEMENT_CACHE = 256

/**
 * Keep the statements Kysely prepares, by SQL text: Kysely prepares every
 * query anew, and an ingest runs the same few inserts and lookups for every
 * document (18,151 statements prepared for 200 documents, 4% of the CPU
 * profile). Safe because a statement is only ever run to completion here
 * (`all` or `run`; the store does not stream rows).
 */
function cachingStatements(db: BetterSqlite3.Database): BetterSqlite3.Database {
  const prepare = db.prepare.bind(db)
  const cache = new Map<string, BetterSqlite3.Statement>()
  db.prepare = ((source: string) => {
    let statement = cache.get(source)
    if (statement) cache.delete(source)
    else {
      statement = prepare(source)
      if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!)
    }
    cache.set(source, statement)
    return statement
  }) as BetterSqlite3.Database['prepare']
  return db
}
