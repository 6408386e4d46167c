import pg from 'pg'

/**
 * A pg pool whose clients report a lost connection (a server restart) to
 * `onError` instead of ending the process: a pg client whose connection
 * drops emits 'error', and with no listener that event throws. The pool
 * listens for its idle clients only, so every client gets a listener of its
 * own when it connects (Kysely holds one for a whole transaction). The
 * query in flight fails; the pool opens fresh connections once the server
 * is back.
 */
export function resilientPool(url: string, max: number, name: string, onError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: name })
  // The pool's echo of an idle client's error only needs a listener so that it does not throw.
  pool.on('connect', (client) => client.on('error', onError))
  pool.on('error', () => undefined)
  return pool
}
