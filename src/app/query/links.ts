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
  await readLinks(db, [...new Set(docs)], map)
  return lookup(map)
}

/**
 * Links read once per document and kept, for a caller that reads the events
 * of the same documents step after step (clustering gathers a few seeds at a
 * time: reading a long document's links again at each step grew with the
 * square of its events). Links do not change while it is used.
 */
export class LinkCache {
  private readonly map = new Map<string, string>()
  private readonly loaded = new Set<string>()
  constructor(private readonly db: Kysely<Database>) {}

  /** The lookup of loadLinks, over every document asked for so far. */
  async of(docs: readonly string[]): Promise<LinkMap> {
    const missing = [...new Set(docs)].filter((d) => !this.loaded.has(d))
    await readLinks(this.db, missing, this.map)
    for (const d of missing) this.loaded.add(d)
    return lookup(this.map)
  }
}

async function readLinks(db: Kysely<Database>, unique: readonly string[], into: Map<string, string>): Promise<void> {
  for (let n = 0; n < unique.length; n += 500) {
    const rows = await db
      .selectFrom('entity_links')
      .select(['doc', 'key', 'entity'])
      .where('doc', 'in', unique.slice(n, n + 500))
      .execute()
    for (const r of rows) into.set(`${r.doc}\u0000${r.key}`, r.entity)
  }
}

function lookup(map: ReadonlyMap<string, string>): LinkMap {
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
