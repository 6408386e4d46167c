import type { Kysely } from 'kysely'
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
  'search_index',
] as const

/**
 * Delete a document and every record read out of it (run it inside the
 * caller's transaction). Conflicts that named its records lose those
 * members; resolution recomputes the rest afterwards.
 */
export async function deleteDocument(db: Kysely<Database>, doc: string): Promise<void> {
  await db
    .deleteFrom('conflict_members')
    .where((eb) =>
      eb.or([
        eb('record', 'in', eb.selectFrom('events').select('id').where('doc', '=', doc)),
        eb('record', 'in', eb.selectFrom('indicators').select('id').where('doc', '=', doc)),
      ]),
    )
    .execute()
  for (const table of BY_DOC) await db.deleteFrom(table).where('doc', '=', doc).execute()
  await db.deleteFrom('events').where('doc', '=', doc).execute()
  await db.deleteFrom('indicators').where('doc', '=', doc).execute()
  await db.deleteFrom('documents').where('id', '=', doc).execute()
}
