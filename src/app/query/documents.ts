import type { Kysely } from 'kysely'
import type { Published } from '../../model/types.js'
import type { Database } from '../../store/schema.js'
import { parsePair } from './pair.js'

export interface DocumentSummary {
  id: string
  source: string
  url: string | null
  title: string | null
  published: Published | null
  language: string | null
  pair: string | null
  version: number
  ingested_at: string
}

/** Stored documents (without text), by source; optionally one pair's. */
export async function listDocuments(db: Kysely<Database>, filter: { pair?: string; limit?: number; offset?: number } = {}): Promise<DocumentSummary[]> {
  let q = db
    .selectFrom('documents')
    .select(['id', 'source', 'url', 'title', 'published_start', 'published_end', 'published_basis', 'language', 'pair', 'version', 'ingested_at'])
  if (filter.pair) q = q.where('pair', '=', parsePair(filter.pair))
  q = q.orderBy('source').orderBy('id')
  if (filter.limit !== undefined) q = q.limit(filter.limit)
  if (filter.offset) q = q.offset(filter.offset)
  const rows = await q.execute()
  return rows.map(({ published_start, published_end, published_basis, ...rest }) => ({
    ...rest,
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
    published: published_start && published_end ? { start: published_start, end: published_end, basis: (published_basis ?? 'inferred') as Published['basis'] } : null,
  }
}
