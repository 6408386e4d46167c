/**
 * Naming a store without opening one: what the CLI's options and help need
 * at start-up, apart from src/app/store.ts, whose store modules (Kysely,
 * the driver, the migrations) only a command that opens a store loads.
 */
export { DEFAULT_DB, isPostgresUrl, storeLocation } from '../store/location.js'
