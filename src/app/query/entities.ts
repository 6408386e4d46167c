import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { foldName } from '../../util/fold.js'

export interface EntityResult {
  key: string
  name: string
  type: string
  country: string | null
  aliases: string[]
  roles: { title: string; org: string | null; doc: string; span: { start: number; end: number }; qualifier: string | null }[]
}

/** Global entities, by name; `q` matches the start of any folded alias. */
export async function listEntities(db: Kysely<Database>, filter: { type?: string; q?: string; country?: string; limit?: number } = {}): Promise<EntityResult[]> {
  let q = db.selectFrom('entities').selectAll()
  if (filter.type) q = q.where('type', '=', filter.type)
  if (filter.country) q = q.where('country', '=', filter.country.toUpperCase())
  if (filter.q) {
    const folded = foldName(filter.q)
    q = q.where('key', 'in', db.selectFrom('entity_aliases').select('entity').where('folded', 'like', `${folded.replace(/[%_]/g, '')}%`))
  }
  q = q.orderBy('name').orderBy('key')
  if (filter.limit !== undefined) q = q.limit(filter.limit)
  const rows = await q.execute()
  return withDetails(db, rows)
}

/** One global entity by key, or undefined. */
export async function getEntity(db: Kysely<Database>, key: string): Promise<EntityResult | undefined> {
  const rows = await db.selectFrom('entities').selectAll().where('key', '=', key).execute()
  return (await withDetails(db, rows))[0]
}

async function withDetails(db: Kysely<Database>, rows: { key: string; name: string; type: string; country: string | null }[]): Promise<EntityResult[]> {
  if (rows.length === 0) return []
  const keys = rows.map((r) => r.key)
  const aliases = await db.selectFrom('entity_aliases').select(['entity', 'alias']).where('entity', 'in', keys).orderBy('alias').execute()
  const roles = await db.selectFrom('entity_roles').selectAll().where('entity', 'in', keys).orderBy('doc').orderBy('span_start').execute()
  return rows.map((r) => ({
    ...r,
    aliases: aliases.filter((a) => a.entity === r.key && a.alias !== r.name).map((a) => a.alias),
    roles: roles
      .filter((x) => x.entity === r.key)
      .map((x) => ({ title: x.title, org: x.org, doc: x.doc, span: { start: x.span_start, end: x.span_end }, qualifier: x.qualifier })),
  }))
}

/** Display names of entity keys; a key without an entity shows its own name part. */
export async function entityNames(db: Kysely<Database>, keys: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(keys)]
  const names = new Map<string, string>()
  for (let n = 0; n < unique.length; n += 500) {
    const rows = await db.selectFrom('entities').select(['key', 'name']).where('key', 'in', unique.slice(n, n + 500)).execute()
    for (const r of rows) names.set(r.key, r.name)
  }
  for (const k of unique) if (!names.has(k)) names.set(k, k.replace(/^[a-z]+:/, ''))
  return names
}
