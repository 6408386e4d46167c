import type { Kysely } from 'kysely'

/**
 * Events that restate another event of their document (a headline, "this
 * was his seventh visit") keep the evidence span of that main mention, so
 * clustering can put them with it and views that count real events can
 * skip them. Existing rows are main mentions (repeats used to be dropped):
 * the columns stay null for them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('repeat_start', 'integer').execute()
  await db.schema.alterTable('events').addColumn('repeat_end', 'integer').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').dropColumn('repeat_end').execute()
  await db.schema.alterTable('events').dropColumn('repeat_start').execute()
}
