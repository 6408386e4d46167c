import BetterSqlite3 from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Dialect, Driver } from 'kysely'
import { CompiledQuery, SqliteDialect } from '../kysely.js'

/** A SQLite dialect on a file (`:memory:` for a throwaway store). */
export function createDialect(location: string): Dialect {
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true })
  return new ImmediateSqliteDialect({
    database: async () => {
      const db = new BetterSqlite3(location)
      // WAL lets readers (the API) work while an ingest writes.
      if (location !== ':memory:') db.pragma('journal_mode = WAL')
      // In WAL mode NORMAL still survives a killed process (a commit is in the
      // log before it returns); only a power cut may lose the last commits.
      // FULL would sync the disk on every document's transaction.
      db.pragma('synchronous = NORMAL')
      // Resolution transactions can be long; a second writer waits rather than fails.
      db.pragma('busy_timeout = 60000')
      return db
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
    return driver
  }
}
