import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { Database } from '../../store/schema.js'

/** Maps a document-local entity key to its global entity key. */
export type LinkMap = (doc: string, key: string) => string

/**
 * The links of the given documents, as a lookup; a key without a link
 * (a group, an entity only an event named) stands for itself.
 */
export async function loadLinks(db: Kysely<Database>, docs: readonly string[]): Promise<LinkMap> {
  const map = new Map<string, string>()
  const unique = [...new Set(docs)]
  for (let n = 0; n < unique.length; n += 500) {
    const rows = await db
      .selectFrom('entity_links')
      .select(['doc', 'key', 'entity'])
      .where('doc', 'in', unique.slice(n, n + 500))
      .execute()
    for (const r of rows) map.set(`${r.doc}\u0000${r.key}`, r.entity)
  }
  return (doc, key) => map.get(`${doc}\u0000${key}`) ?? key
}

/** One page of a listing's rows (`limit`, `offset` of the filter) with the links of their documents. */
export async function pageWithLinks<DB, TB extends keyof DB, O extends { doc: string }>(
  db: Kysely<Database>,
  query: SelectQueryBuilder<DB, TB, O>,
  page: { readonly limit?: number; readonly offset?: number },
): Promise<{ rows: O[]; ref: LinkMap }> {
  let q = query
  if (page.limit !== undefined) q = q.limit(page.limit)
  if (page.offset) q = q.offset(page.offset)
  const rows = await q.execute()
  return {
    rows,
    ref: await loadLinks(
      db,
      rows.map((r) => r.doc),
    ),
  }
}
