import BetterSqlite3 from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { SqliteDialect, type Dialect } from 'kysely'

/** A SQLite dialect on a file (`:memory:` for a throwaway store). */
export function createDialect(location: string): Dialect {
  if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true })
  return new SqliteDialect({
    database: async () => {
      const db = new BetterSqlite3(location)
      // WAL lets readers (the API) work while an ingest writes.
      if (location !== ':memory:') db.pragma('journal_mode = WAL')
      db.pragma('busy_timeout = 5000')
      return db
    },
  })
}
