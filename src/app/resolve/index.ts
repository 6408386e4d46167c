import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { blocksOfDocs, blocksOfPairs, type Block } from './blocks.js'
import { refreshClusters } from './refresh-clusters.js'
import { refreshConflicts } from './refresh-conflicts.js'
import { refreshEntities } from './refresh-entities.js'

/** What a batch of new, replaced or removed documents can affect. */
export interface Affected {
  /** Entity blocking keys of their entities (entity_blocks rows, old and new). */
  readonly blocks: Iterable<string>
  /** Stored documents whose records are new: their event and figure blocks are redone. */
  readonly docs?: Iterable<string>
  /** Blocks of records that were removed (collect them before deleting). */
  readonly eventBlocks?: Iterable<Block>
  readonly indicatorBlocks?: Iterable<Block>
  /** Whole pairs to redo (every event type and indicator in them). */
  readonly pairs?: Iterable<string | null>
}

/**
 * Cross-document resolution for what changed. Entities first (clusters and
 * conflicts compare global entities); then event clusters and figure
 * conflicts in the blocks (pair + type, pair + indicator) of the changed
 * documents, of the removed records, and of every document whose entity
 * links changed. Nothing else is read, so the cost follows the change, not
 * the store. Run it in a transaction.
 */
export async function refreshResolution(db: Kysely<Database>, affected: Affected): Promise<void> {
  const relinked = await refreshEntities(db, [...new Set(affected.blocks)].sort())
  const docs = [...new Set([...(affected.docs ?? []), ...relinked])].sort()
  const ofDocs = await blocksOfDocs(db, docs)
  const ofPairs = await blocksOfPairs(db, [...(affected.pairs ?? [])])
  await refreshClusters(db, [...ofDocs.events, ...ofPairs.events, ...(affected.eventBlocks ?? [])])
  await refreshConflicts(db, [...ofDocs.indicators, ...ofPairs.indicators, ...(affected.indicatorBlocks ?? [])])
}

export { refreshClusters, refreshConflicts, refreshEntities, blocksOfDocs, type Block }
