import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type * as KyselyModule from 'kysely'

// Kysely's values, from its CommonJS build. Node loads the ~280 files of its
// ES module build about a tenth of a second slower, on every command's
// start-up (measured: 0.37 s against 0.27 s to load either alone). Every
// value import of Kysely in src goes through here, so the program holds one
// copy; types still come from 'kysely' (`import type`). The built program
// loads the same CommonJS build bundled into one file by `npm run build`
// (scripts/bundle-kysely.ts): its ~260 files cost another tenth of a second
// of every read command's start-up; run from src (tests, tsx) it is not there.
const BUNDLED = fileURLToPath(new URL('../vendor/kysely.cjs', import.meta.url))
const require = createRequire(import.meta.url)
const kysely = (existsSync(BUNDLED) ? require(BUNDLED) : require('kysely')) as typeof KyselyModule

export const { sql, Kysely, Migrator, CompiledQuery, SqliteDialect, SqliteAdapter, PostgresDialect } = kysely
export type Kysely<DB> = KyselyModule.Kysely<DB>
