import type { Dialect } from 'kysely'
import { PostgresDialect } from '../kysely.js'
import pg from 'pg'
import { resilientPool } from './pool.js'

/**
 * A PostgreSQL dialect on a `postgres://` connection URL. A lost connection
 * fails the query in flight and is reported as a process warning; the
 * server (`dyad serve`) or the command goes on with new connections.
 */
export function createDialect(
  location: string,
  onError: (error: Error) => void = (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`),
): Dialect {
  // Counts come back as bigint strings; the store's numbers fit in a double.
  pg.types.setTypeParser(20, (v: string) => Number(v))
  return new PostgresDialect({ pool: resilientPool(location, 5, 'dyad', onError) })
}
