import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import type { Pair } from '../../model/pair.js'
import { foldName } from '../../util/fold.js'

/** Filters shared by record queries; all optional, combined with AND. */
export interface RecordFilter {
  /** A pair as read, typed (`VN,CN`) or stored (`country:CN,country:VN`). */
  pair?: string | Pair
  /** An entity key or any of its names/aliases. */
  actor?: string
  /** Only records of this document. */
  doc?: string
  /** ISO day: the record's time must end on or after it. */
  from?: string
  /** ISO day: the record's time must start on or before it. */
  to?: string
  limit?: number
  offset?: number
}

/**
 * The global entity keys an actor filter stands for: an existing key stands
 * for itself; otherwise every entity that has the text (folded) as a name or
 * alias. Empty when nothing matches.
 */
export async function resolveActor(db: Kysely<Database>, actor: string): Promise<string[]> {
  const byKey = await db.selectFrom('entities').select('key').where('key', '=', actor).execute()
  if (byKey.length > 0) return [actor]
  const rows = await db.selectFrom('entity_aliases').select('entity').distinct().where('folded', '=', foldName(actor)).orderBy('entity').execute()
  if (rows.length > 0) return rows.map((r) => r.entity)
  return actor.includes(':') ? [actor] : []
}
