import type { Store } from '../../store/index.js'
import type { DocRef } from './records.js'
import { docRefs } from './refs.js'

export interface SearchResult {
  kind: string
  doc: string
  record: string
  snippet: string
  rank: number
  document: DocRef
}

/**
 * Full-text search over document texts and record evidence, through the
 * backend's index (FTS5 or tsvector). The query is plain words, never
 * search syntax: the backend quotes every word.
 */
export async function searchText(store: Store, q: string, limit = 20): Promise<SearchResult[]> {
  const hits = await store.backend.search(store.db, q, limit)
  const docs = await docRefs(
    store.db,
    hits.map((h) => h.doc),
  )
  return hits
    .filter((h) => docs.has(h.doc))
    .map((h) => ({ kind: h.kind, doc: h.doc, record: h.record, snippet: h.snippet, rank: h.rank, document: docs.get(h.doc)! }))
}
