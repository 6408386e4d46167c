export { openStore, storeLocation, isPostgresUrl, migrateToLatest, DEFAULT_DB, MissingStoreError, type Store } from './open.js'
export type { Backend, SearchHit } from './backend.js'
export type * from './schema.js'
