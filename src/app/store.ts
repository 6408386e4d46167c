/**
 * Opening and naming a store, for the CLI, the API server and workers: they
 * reach the store through the application, never the store modules.
 */
import { openStore, type Store } from '../store/index.js'

export { openStore, MissingStoreError, type Store } from '../store/index.js'
/** The store's tables, for callers that hand `store.db` on to the read service (the brief). */
export type { Database } from '../store/schema.js'
export { DEFAULT_DB, isPostgresUrl, storeLocation } from './store-location.js'

/**
 * Open a store that must already exist (read commands): a mistyped `--db`
 * fails naming the path instead of reading a new, empty store. The error is
 * a MissingStoreError.
 */
export function openExisting(location?: string): Promise<Store> {
  return openStore(location, { mustExist: true })
}
