import type { Kysely } from 'kysely'
import { sql } from '../kysely.js'
import { searchWords, type SearchHit } from '../backend.js'
import type { Database } from '../schema.js'

/**
 * PostgreSQL: `search_index` with a generated tsvector column and a GIN
 * index. Diacritics are folded with `translate` (immutable, so usable in a
 * generated column, unlike `unaccent`). The 'simple' configuration (no stemming, no stop words) because
 * the texts are names and numbers as much as English prose.
 */
export async function createSearchIndex(db: Kysely<any>): Promise<void> {
  const { from, to } = accentMap()
  await sql`create table search_index (
    id integer generated always as identity primary key,
    doc text not null,
    record text not null,
    kind text not null,
    body text not null,
    tsv tsvector generated always as (to_tsvector('simple', translate(body, ${sql.lit(from)}, ${sql.lit(to)}))) stored)`.execute(db)
  await sql`create index search_index_doc on search_index (doc)`.execute(db)
  await sql`create index search_index_tsv on search_index using gin (tsv)`.execute(db)
}

export async function dropSearchIndex(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists search_index`.execute(db)
}

/** Every word must occur (prefix match on the last one, as people type). */
export async function search(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const words = searchWords(query).map((w) => stripAccents(w).toLowerCase().replace(/'/g, ''))
  if (words.length === 0) return []
  const tsquery = words.map((w, i) => `'${w}'${i === words.length - 1 ? ':*' : ''}`).join(' & ')
  const result = await sql<{ doc: string; record: string; kind: string; snippet: string; rank: number }>`
    select doc, record, kind,
      ts_headline('simple', body, to_tsquery('simple', ${tsquery}), 'StartSel=[,StopSel=],MaxWords=16,MinWords=5') as snippet,
      ts_rank(tsv, to_tsquery('simple', ${tsquery})) as rank
    from search_index
    where tsv @@ to_tsquery('simple', ${tsquery})
    order by rank desc, id
    limit ${limit}`.execute(db)
  return result.rows.map((r) => ({ ...r, rank: Number(r.rank) }))
}

/** Latin letters with diacritics (Latin-1 to Latin Extended Additional) and their base letters. */
function accentMap(): { from: string; to: string } {
  let from = ''
  let to = ''
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ]
  for (const [lo, hi] of ranges) {
    for (let c = lo; c <= hi; c++) {
      const ch = String.fromCodePoint(c)
      const base = stripAccents(ch)
      if (base !== ch && base.length === 1 && /[A-Za-z]/.test(base)) {
        from += ch
        to += base
      }
    }
  }
  return { from: from + 'đĐ', to: to + 'dD' }
}

function stripAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
}
