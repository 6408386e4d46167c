import { refreshResolution } from '../../app/resolve/index.js'
import { deleteDocument } from '../../store/delete-document.js'
import type { Store } from '../../store/index.js'

/**
 * Delete a document and its records in one transaction, then re-resolve
 * what it touched (its entities' blocks, its pair) so clusters, conflicts
 * and entities no longer count it. False when no such document exists.
 */
export async function removeDocument(store: Store, id: string): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('documents').select(['id', 'pair']).where('id', '=', id).executeTakeFirst()
    if (!doc) return false
    await deleteDocument(trx, id)
    await refreshResolution(trx, { pairs: [doc.pair] })
    return true
  })
}
