import type { Kysely } from 'kysely'
import { sql } from '../kysely.js'
import type { Backend } from '../backend.js'

/**
 * Events' keys in `record_buckets` no longer start with their document's
 * pair (`e|<pair>|<type>|<time>|<who>` becomes `e|<type>|<time>|<who>`): a
 * report about one pair may tell of another pair's meeting, and clustering
 * compares mentions across documents of any pair, so a new mention must
 * find them under its keys. Figures' keys (`g|...`) are left as they are.
 * A record has one pair, so no two of its keys become one.
 */
export function eventBucketsAcrossPairs(backend: Backend) {
  // The first `|` after `e|` ends the pair.
  const position = backend.name === 'postgres' ? sql`strpos(substr(bucket, 3), '|')` : sql`instr(substr(bucket, 3), '|')`
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db
        .updateTable('record_buckets')
        .set({ bucket: sql`'e|' || substr(bucket, 3 + ${position})` })
        .where('bucket', 'like', 'e|%')
        .execute()
    },
    // Back: each key takes its event's pair again.
    async down(db: Kysely<any>): Promise<void> {
      await db
        .updateTable('record_buckets')
        .set({ bucket: sql`'e|' || coalesce((select pair from events where events.id = record_buckets.record), '') || '|' || substr(bucket, 3)` })
        .where('bucket', 'like', 'e|%')
        .execute()
    },
  }
}
