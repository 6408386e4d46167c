import type { Kysely } from 'kysely'
import type { Published } from '../../model/types.js'
import type { Pair } from '../../model/pair.js'
import type { Database } from '../../store/schema.js'
import { documentOutlet } from '../outlet.js'
import { outletColumns, outletOfRow } from '../outlet-sql.js'
import { parsePair } from '../pair.js'

export interface DocumentSummary {
  id: string
  source: string
  url: string | null
  title: string | null
  /** Who published it: the page's site name, a credit line, or the URL's host; null when nothing names it. */
  outlet: string | null
  published: Published | null
  language: string | null
  pair: string | null
  version: number
  ingested_at: string
}

/** Stored documents (without text), by source; optionally one pair's. */
export async function listDocuments(db: Kysely<Database>, filter: { pair?: string | Pair; limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
  let q = db
    .selectFrom('documents')
    .select(['id', 'source', 'url', 'title', 'published_start', 'published_end', 'published_basis', 'language', 'pair', 'version', 'ingested_at', ...outletColumns])
  if (filter.pair) q = q.where('pair', '=', parsePair(filter.pair))
  q = q.orderBy('source').orderBy('id')
  if (filter.limit !== undefined) q = q.limit(filter.limit)
  if (filter.offset) q = q.offset(filter.offset)
  const rows = await q.execute()
  return rows.map(({ published_start, published_end, published_basis, outlet_meta, outlet_head, outlet_tail, ...rest }) => ({
    ...rest,
    outlet: outletOfRow({ url: rest.url, outlet_meta, outlet_head, outlet_tail }),
    published: published_start && published_end ? { start: published_start, end: published_end, basis: (published_basis ?? 'inferred') as Published['basis'] } : null,
  }))
}

/** One document with its text, or undefined. */
export async function getDocument(db: Kysely<Database>, id: string): Promise<(DocumentSummary & { text: string; hash: string }) | undefined> {
  const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const { published_start, published_end, published_basis, replaces: _replaces, ...rest } = row
  return {
    ...rest,
    outlet: documentOutlet({ url: row.url, meta: row.meta, head: row.text.slice(0, 400), tail: row.text.slice(-400) }),
    published: published_start && published_end ? { start: published_start, end: published_end, basis: (published_basis ?? 'inferred') as Published['basis'] } : null,
  }
}
