import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { blocksOfDocs, blocksOfPairs, type Block } from './blocks.js'
import { clusterDocuments, refreshClusters } from './refresh-clusters.js'
import { reconcileDocuments, refreshConflicts } from './refresh-conflicts.js'
import { refreshEntities } from './refresh-entities.js'

/** What a batch of new, replaced or removed documents can affect. */
export interface Affected {
  /** Stored documents whose records are new: they are linked, clustered and reconciled. */
  readonly docs?: Iterable<string>
  /** Blocks of records that were removed (collect them before deleting). */
  readonly eventBlocks?: Iterable<Block>
  readonly indicatorBlocks?: Iterable<Block>
  /** Whole pairs to redo (every event type and indicator in them). */
  readonly pairs?: Iterable<string | null>
  /**
   * How many documents whose events were never clustered to take along
   * (default 200). Workers pass 0: the documents other workers have just
   * stored are theirs to resolve, and a job that died is retried.
   */
  readonly strays?: number
}

/**
 * Cross-document resolution for what changed. Entities first (clusters and
 * conflicts compare global entities): the keys whose union changed are
 * re-resolved, and the new documents linked. Then the new documents and
 * those whose links changed are clustered and reconciled against the
 * records that share a blocking key with theirs; whole blocks (pair + type,
 * pair + indicator) are redone only for removed records and for pairs asked
 * for. So the cost follows the change, not the store. Run it in a
 * transaction.
 */
const STRAY_PER_RUN = 200

export async function refreshResolution(db: Kysely<Database>, affected: Affected): Promise<void> {
  // Documents whose events were never clustered (a store upgraded from
  // before record_buckets, a run killed between storing and resolving) are
  // taken along, a bounded number per run.
  const limit = affected.strays ?? STRAY_PER_RUN
  const stray = limit > 0 ? await db.selectFrom('events').select('doc').distinct().where('cluster', 'is', null).limit(limit).execute() : []
  const fresh = [...new Set([...(affected.docs ?? []), ...stray.map((s) => s.doc)])].sort()
  const relinked = await refreshEntities(db, fresh)
  const docs = [...new Set([...fresh, ...relinked])].sort()
  const ofPairs = await blocksOfPairs(db, [...(affected.pairs ?? [])])
  await refreshClusters(db, [...ofPairs.events, ...(affected.eventBlocks ?? [])])
  await clusterDocuments(db, docs)
  await refreshConflicts(db, [...ofPairs.indicators, ...(affected.indicatorBlocks ?? [])])
  await reconcileDocuments(db, docs)
}

export { clusterDocuments, reconcileDocuments, refreshClusters, refreshConflicts, refreshEntities, blocksOfDocs, type Block }
