import { sql } from '../../store/kysely.js'
import type { Store } from '../../store/index.js'

/** Whether the store answers a trivial query (for /api/health). */
export async function storeReachable(store: Store): Promise<boolean> {
  try {
    await sql`select 1`.execute(store.db)
    return true
  } catch {
    return false
  }
}
