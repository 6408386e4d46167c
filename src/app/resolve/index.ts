import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { refreshClusters } from './refresh-clusters.js'
import { refreshConflicts } from './refresh-conflicts.js'
import { refreshEntities } from './refresh-entities.js'

/** What a batch of new, replaced or removed documents can affect. */
export interface Affected {
  /** Entity blocking keys of their entities. */
  readonly blocks: Iterable<string>
  /** Their document pairs. */
  readonly pairs: Iterable<string | null>
}

/**
 * Cross-document resolution for what changed: entities first (clusters and
 * conflicts compare global entities), then event clusters and figure
 * conflicts of the affected pairs. Run it in a transaction.
 */
export async function refreshResolution(db: Kysely<Database>, affected: Affected): Promise<void> {
  const pairs = [...new Set(affected.pairs)]
  await refreshEntities(db, [...new Set(affected.blocks)].sort())
  await refreshClusters(db, pairs)
  await refreshConflicts(db, pairs)
}

export { refreshClusters, refreshConflicts, refreshEntities }
