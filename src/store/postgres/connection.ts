import { PostgresDialect, type Dialect } from 'kysely'
import pg from 'pg'

/** A PostgreSQL dialect on a `postgres://` connection URL. */
export function createDialect(location: string): Dialect {
  // Counts come back as bigint strings; the store's numbers fit in a double.
  pg.types.setTypeParser(20, (v: string) => Number(v))
  return new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 5 }) })
}
