import type { Kysely } from 'kysely'

/**
 * Indexes for the API's lookups that 001 left out: events by cluster, a
 * cluster's or conflict's members, an event's actors, a document's roles.
 * Without them those reads scan whole tables as the store grows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const s = db.schema
  await s.createIndex('events_cluster').ifNotExists().on('events').column('cluster').execute()
  await s.createIndex('event_actors_event').ifNotExists().on('event_actors').column('event').execute()
  await s.createIndex('conflict_members_conflict').ifNotExists().on('conflict_members').column('conflict').execute()
  await s.createIndex('entity_roles_doc').ifNotExists().on('entity_roles').column('doc').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ['entity_roles_doc', 'conflict_members_conflict', 'event_actors_event', 'events_cluster']) {
    await db.schema.dropIndex(name).execute()
  }
}
