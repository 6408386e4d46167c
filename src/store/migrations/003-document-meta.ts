import type { Kysely } from 'kysely'

/**
 * The container metadata of a document (JSON: stated date, author, title)
 * and the reference hint it was last processed with (cross-document
 * dating), so a document can be processed again exactly as ingest did.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').addColumn('meta', 'text').execute()
  await db.schema.alterTable('documents').addColumn('reference_hint', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('documents').dropColumn('reference_hint').execute()
  await db.schema.alterTable('documents').dropColumn('meta').execute()
}
