import type { Kysely } from 'kysely'
import type { Database } from '../../../src/store/schema.js'

const TABLES: (keyof Database)[] = [
  'documents', 'diagnostics', 'time_mentions', 'entity_mentions', 'doc_entities', 'entity_blocks', 'entity_links',
  'entities', 'entity_aliases', 'entity_roles', 'events', 'event_actors', 'indicators', 'conflicts', 'conflict_members', 'search_index',
  'entity_keys', 'entity_key_aliases', 'key_blocks', 'record_buckets',
]

/** Every row of every table, sorted, as plain JSON: equal snapshots = identical stores. */
export async function snapshot(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  for (const table of TABLES) {
    const rows = await db.selectFrom(table).selectAll().execute()
    out[table] = rows.map((r) => JSON.stringify(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)))).sort()
  }
  return out
}

/** Row counts per table. */
export async function counts(db: Kysely<Database>): Promise<Record<string, number>> {
  const snap = await snapshot(db)
  return Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, v.length]))
}
