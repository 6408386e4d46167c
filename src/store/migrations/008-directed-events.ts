import type { Kysely } from 'kysely'

/**
 * Directed events, how an event's time was reached, and the mentions the text does not assert. Events get
 * their source and target actors (JSON arrays of document-local keys, null
 * when undirected); negated, denied and hypothetical mentions go to their
 * own table so that no view counts them as events. The two types renamed
 * when the CAMEO table grew (a maritime confrontation is one kind of
 * incident, an exercise one kind of military action) are renamed in place.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('events').addColumn('source_actors', 'text').execute()
  await db.schema.alterTable('events').addColumn('target_actors', 'text').execute()
  await db.schema.alterTable('events').addColumn('when_basis', 'text').execute()
  await db.updateTable('events').set({ type: 'incident' }).where('type', '=', 'maritime_incident').execute()
  await db.updateTable('events').set({ type: 'military_action' }).where('type', '=', 'military_exercise').execute()
  await db.schema
    .createTable('unasserted_events')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('plover', 'text', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('actors', 'text', (c) => c.notNull())
    .addColumn('source_actors', 'text')
    .addColumn('target_actors', 'text')
    .addColumn('when_start', 'text')
    .addColumn('when_end', 'text')
    .addColumn('when_granularity', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('unasserted_events_doc').ifNotExists().on('unasserted_events').column('doc').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('unasserted_events').ifExists().execute()
  await db.updateTable('events').set({ type: 'maritime_incident' }).where('type', '=', 'incident').where('cameo', 'like', '17%').execute()
  await db.updateTable('events').set({ type: 'military_exercise' }).where('type', '=', 'military_action').where('cameo', '=', '150').execute()
  await db.schema.alterTable('events').dropColumn('when_basis').execute()
  await db.schema.alterTable('events').dropColumn('target_actors').execute()
  await db.schema.alterTable('events').dropColumn('source_actors').execute()
}
