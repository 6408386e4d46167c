import type { Kysely } from 'kysely'
import { recomputeEntityKeys } from './entity-keys.js'
import type { Database } from './schema.js'

const BY_DOC = [
  'diagnostics',
  'time_mentions',
  'entity_mentions',
  'doc_entities',
  'entity_blocks',
  'entity_links',
  'entity_roles',
  'event_actors',
  'unasserted_events',
  'search_index',
] as const

/**
 * Delete a document and every record read out of it (run it inside the
 * caller's transaction). Conflicts that named its records lose those
 * members, its entity keys lose its rows (and are marked for resolution),
 * its events their buckets; resolution recomputes the rest afterwards.
 */
export async function deleteDocument(db: Kysely<Database>, doc: string): Promise<void> {
  const records = (eb: any) =>
    eb.or([
      eb('record', 'in', eb.selectFrom('events').select('id').where('doc', '=', doc)),
      eb('record', 'in', eb.selectFrom('indicators').select('id').where('doc', '=', doc)),
    ])
  const touched = (await db.selectFrom('conflict_members').select('conflict').distinct().where(records).execute()).map((c) => c.conflict)
  await db
    .deleteFrom('conflict_members')
    .where((eb) =>
      eb.or([
        eb('record', 'in', eb.selectFrom('events').select('id').where('doc', '=', doc)),
        eb('record', 'in', eb.selectFrom('indicators').select('id').where('doc', '=', doc)),
      ]),
    )
    .execute()
  const keys = (await db.selectFrom('doc_entities').select('key').where('doc', '=', doc).execute()).map((k) => k.key)
  await db
    .deleteFrom('record_buckets')
    .where('record', 'in', db.selectFrom('events').select('id').where('doc', '=', doc))
    .execute()
  await db
    .deleteFrom('record_buckets')
    .where('record', 'in', db.selectFrom('indicators').select('id').where('doc', '=', doc))
    .execute()
  for (const table of BY_DOC) await db.deleteFrom(table).where('doc', '=', doc).execute()
  await db.deleteFrom('events').where('doc', '=', doc).execute()
  await db.deleteFrom('indicators').where('doc', '=', doc).execute()
  await db.deleteFrom('documents').where('id', '=', doc).execute()
  await recomputeEntityKeys(db, keys, doc)
  // A conflict left without members (all of them were this document's) goes too.
  if (touched.length > 0) {
    const kept = await db.selectFrom('conflict_members').select('conflict').distinct().where('conflict', 'in', touched).execute()
    const empty = touched.filter((c) => !kept.some((k) => k.conflict === c))
    if (empty.length > 0) await db.deleteFrom('conflicts').where('id', 'in', empty).execute()
  }
}
