import { exclusively } from './ingest.js'
import { blocksOfDocs, refreshResolution } from './resolve/index.js'
import { deleteDocument } from '../store/delete-document.js'
import type { Store } from '../store/index.js'

/**
 * Delete a document and its records in one transaction, then re-resolve
 * what it touched (its entity keys, its pair) so clusters, conflicts and
 * entities no longer count it; alone, as every resolution runs. False when
 * no such document exists.
 */
export async function removeDocument(store: Store, id: string): Promise<boolean> {
  let found = false
  await exclusively(store, (db) =>
    db.transaction().execute(async (trx) => {
      const doc = await trx.selectFrom('documents').select(['id', 'pair']).where('id', '=', id).executeTakeFirst()
      if (!doc) return
      // Its clusters may hold mentions of other pairs: their blocks are redone too.
      const removed = await blocksOfDocs(trx, [id])
      await deleteDocument(trx, id)
      await refreshResolution(trx, { pairs: [doc.pair], eventBlocks: removed.events })
      found = true
    }),
  )
  return found
}
