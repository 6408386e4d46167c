import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import type { Pair } from '../../model/pair.js'
import { foldName } from '../../util/fold.js'
import { readPair } from '../pair.js'

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

/**
 * A listing's filter as the read service's where-clauses take it: the pair
 * read, the actor resolved to entity keys, paging left to the query. Null
 * when the actor names no one: nothing can match.
 */
export async function whereInput<F extends RecordFilter>(
  db: Kysely<Database>,
  filter: F,
): Promise<(Omit<F, 'actor' | 'pair' | 'limit' | 'offset'> & { pair?: Pair; actors?: string[] }) | null> {
  const actors = filter.actor ? await resolveActor(db, filter.actor) : null
  if (actors && actors.length === 0) return null
  const { actor: _actor, pair, limit: _limit, offset: _offset, ...rest } = filter
  return { ...rest, ...(pair ? { pair: typeof pair === 'string' ? readPair(pair) : pair } : {}), ...(actors ? { actors } : {}) }
}
