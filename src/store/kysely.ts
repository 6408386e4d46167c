import { createRequire } from 'node:module'
import type * as KyselyModule from 'kysely'

// Kysely's values, from its CommonJS build. Node loads the ~280 files of its
// ES module build about a tenth of a second slower, on every command's
// start-up (measured: 0.37 s against 0.27 s to load either alone). Every
// value import of Kysely in src goes through here, so the program holds one
// copy; types still come from 'kysely' (`import type`).
const kysely = createRequire(import.meta.url)('kysely') as typeof KyselyModule

export const { sql, Kysely, Migrator, CompiledQuery, SqliteDialect, SqliteAdapter, PostgresDialect } = kysely
export type Kysely<DB> = KyselyModule.Kysely<DB>
