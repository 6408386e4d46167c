import type { Kysely } from 'kysely'

/**
 * The place of a member in its series (`from|to|id` of its figure's
 * period, null outside series), indexed with the conflict: a series' first
 * periods are read from the index, not by sorting every member, so a series
 * that grows with the store costs the same to update.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('conflict_members').addColumn('rank', 'text').execute()
  await db.schema.createIndex('conflict_members_rank').ifNotExists().on('conflict_members').columns(['conflict', 'rank']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('conflict_members_rank').ifExists().execute()
  await db.schema.alterTable('conflict_members').dropColumn('rank').execute()
}
