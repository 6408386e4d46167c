import type { Kysely } from 'kysely'

/**
 * What re-dating a document in place needs (src/app/redate.ts): the facts
 * its run kept about its inferred window (JSON, `WindowFacts`), which
 * figures took the window as their period, and how an unasserted event's
 * time was reached (as events have since 008). Rows written before stay
 * null: such a document runs the pipeline again when it borrows a date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('window_facts', 'text').execute()
  await db.schema.alterTable('indicators').addColumn('period_basis', 'text').execute()
  await db.schema.alterTable('unasserted_events').addColumn('when_basis', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('unasserted_events').dropColumn('when_basis').execute()
  await db.schema.alterTable('indicators').dropColumn('period_basis').execute()
  await db.schema.alterTable('documents').dropColumn('window_facts').execute()
}
