import type { Kysely } from 'kysely'
import { sql } from '../kysely.js'
import { searchWords, type SearchHit } from '../backend.js'
import type { Database } from '../schema.js'

/**
 * SQLite: a plain `search_index` table plus an external-content FTS5 table
 * kept in step by triggers, so deleting a document's rows by `doc` uses an
 * ordinary index instead of scanning the FTS table.
 */
export async function createSearchIndex(db: Kysely<any>): Promise<void> {
  await sql`create table if not exists search_index (
    id integer primary key autoincrement,
    doc text not null,
    record text not null,
    kind text not null,
    body text not null)`.execute(db)
  await sql`create index if not exists search_index_doc on search_index (doc)`.execute(db)
  await sql`create virtual table if not exists search_fts using fts5(body, content='search_index', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(
    db,
  )
  await sql`create trigger if not exists search_index_ai after insert on search_index begin
    insert into search_fts(rowid, body) values (new.id, new.body); end`.execute(db)
  await sql`create trigger if not exists search_index_ad after delete on search_index begin
    insert into search_fts(search_fts, rowid, body) values ('delete', old.id, old.body); end`.execute(db)
}

export async function dropSearchIndex(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists search_fts`.execute(db)
  await sql`drop table if exists search_index`.execute(db)
}

/** Every word must occur (prefix match on the last one, as people type). */
export async function search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const words = searchWords(query)
  if (words.length === 0) return []
  const match = words.map((w, i) => `"${w.replace(/"/g, '')}"${i === words.length - 1 ? '*' : ''}`).join(' ')
  const result = await sql<{ doc: string; record: string; kind: string; snippet: string; rank: number }>`
    select s.doc, s.record, s.kind, snippet(search_fts, 0, '[', ']', '…', 16) as snippet, f.rank as rank
    from search_fts f join search_index s on s.id = f.rowid
    where search_fts match ${match}
    order by f.rank, s.id
    limit ${limit}`.execute(db)
  return result.rows.map((r) => ({ ...r, rank: -Number(r.rank) }))
}
