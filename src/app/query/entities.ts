import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'

/** Every entity's display name by key (the brief and the summary name actors with it). */
export async function allEntityNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('entities').select(['key', 'name']).execute()
  return new Map(rows.map((r) => [r.key, r.name]))
}

/** Display names of entity keys; a key without an entity shows its own name part. */
export async function entityNames(db: Kysely<Database>, keys: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(keys)]
  const names = new Map<string, string>()
  for (let n = 0; n < unique.length; n += 500) {
    const rows = await db
      .selectFrom('entities')
      .select(['key', 'name'])
      .where('key', 'in', unique.slice(n, n + 500))
      .execute()
    for (const r of rows) names.set(r.key, r.name)
  }
  for (const k of unique) if (!names.has(k)) names.set(k, k.replace(/^[a-z]+:/, ''))
  return names
}
