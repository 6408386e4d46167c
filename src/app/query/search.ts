import type { SearchHit } from '../../store/backend.js'
import type { Store } from '../../store/open.js'

/** Full-text search over documents and the evidence of events and figures. */
export function searchText(store: Store, query: string, limit = 20): Promise<SearchHit[]> {
  return store.backend.search(store.db, query, limit)
}
