import type { Kysely } from 'kysely'

/**
 * The record tables, written once for both dialects (portable column
 * types only: text, integer, double precision).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const s = db.schema
  await s
    .createTable('documents')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull().unique())
    .addColumn('published_start', 'text')
    .addColumn('published_end', 'text')
    .addColumn('published_basis', 'text')
    .addColumn('language', 'text')
    .addColumn('pair', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('replaces', 'text')
    .execute()
  await s.createIndex('documents_source').ifNotExists().on('documents').column('source').execute()
  await s.createIndex('documents_url').ifNotExists().on('documents').column('url').execute()
  await s.createIndex('documents_pair').ifNotExists().on('documents').column('pair').execute()

  await s
    .createTable('diagnostics')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer')
    .addColumn('span_end', 'integer')
    .addColumn('fatal', 'integer', (c) => c.notNull())
    .execute()
  await s.createIndex('diagnostics_doc').ifNotExists().on('diagnostics').column('doc').execute()

  await s
    .createTable('time_mentions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('start', 'text')
    .addColumn('end', 'text')
    .addColumn('granularity', 'text')
    .addColumn('as_of', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('time_mentions_doc').ifNotExists().on('time_mentions').column('doc').execute()

  await s
    .createTable('entity_mentions')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('entity_mentions_doc').ifNotExists().on('entity_mentions').columns(['doc', 'key']).execute()

  await s
    .createTable('doc_entities')
    .ifNotExists()
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_entities_pk', ['doc', 'key'])
    .execute()
  await s.createIndex('doc_entities_key').ifNotExists().on('doc_entities').column('key').execute()

  await s
    .createTable('entity_blocks')
    .ifNotExists()
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_blocks_pk', ['doc', 'key', 'block'])
    .execute()
  await s.createIndex('entity_blocks_block').ifNotExists().on('entity_blocks').column('block').execute()

  await s
    .createTable('entity_links')
    .ifNotExists()
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_links_pk', ['doc', 'key'])
    .execute()
  await s.createIndex('entity_links_entity').ifNotExists().on('entity_links').column('entity').execute()

  await s
    .createTable('entities')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .execute()

  await s
    .createTable('entity_aliases')
    .ifNotExists()
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_aliases_pk', ['entity', 'alias'])
    .execute()
  await s.createIndex('entity_aliases_folded').ifNotExists().on('entity_aliases').column('folded').execute()

  await s
    .createTable('entity_roles')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('org', 'text')
    .addColumn('country', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('when_start', 'text')
    .addColumn('when_end', 'text')
    .addColumn('when_granularity', 'text')
    .addColumn('qualifier', 'text')
    .execute()
  await s.createIndex('entity_roles_entity').ifNotExists().on('entity_roles').column('entity').execute()

  await s
    .createTable('events')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('cameo', 'text', (c) => c.notNull())
    .addColumn('plover', 'text', (c) => c.notNull())
    .addColumn('actors', 'text', (c) => c.notNull())
    .addColumn('host', 'text')
    .addColumn('place', 'text')
    .addColumn('when_start', 'text')
    .addColumn('when_end', 'text')
    .addColumn('when_granularity', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('count', 'integer')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('trigger_start', 'integer', (c) => c.notNull())
    .addColumn('trigger_end', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('cluster', 'text')
    .addColumn('pair', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('events_doc').ifNotExists().on('events').column('doc').execute()
  await s.createIndex('events_pair').ifNotExists().on('events').columns(['pair', 'type', 'when_start']).execute()
  await s.createIndex('events_when').ifNotExists().on('events').column('when_start').execute()

  await s
    .createTable('event_actors')
    .ifNotExists()
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_actors_pk', ['event', 'key', 'role'])
    .execute()
  await s.createIndex('event_actors_key').ifNotExists().on('event_actors').columns(['doc', 'key']).execute()

  await s
    .createTable('indicators')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('counterpart', 'text')
    .addColumn('scope', 'text')
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('bound', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text')
    .addColumn('period_end', 'text')
    .addColumn('period_as_of', 'text')
    .addColumn('source', 'text')
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('converted_start', 'integer')
    .addColumn('converted_end', 'integer')
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('pair', 'text')
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute()
  await s.createIndex('indicators_doc').ifNotExists().on('indicators').column('doc').execute()
  await s.createIndex('indicators_pair').ifNotExists().on('indicators').columns(['pair', 'indicator']).execute()

  await s
    .createTable('conflicts')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('about', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('pair', 'text')
    .execute()
  await s.createIndex('conflicts_pair').ifNotExists().on('conflicts').column('pair').execute()

  await s
    .createTable('conflict_members')
    .ifNotExists()
    .addColumn('conflict', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conflict_members_pk', ['conflict', 'record'])
    .execute()
  await s.createIndex('conflict_members_record').ifNotExists().on('conflict_members').column('record').execute()
}

const TABLES = [
  'conflict_members',
  'conflicts',
  'indicators',
  'event_actors',
  'events',
  'entity_roles',
  'entity_aliases',
  'entities',
  'entity_links',
  'entity_blocks',
  'doc_entities',
  'entity_mentions',
  'time_mentions',
  'diagnostics',
  'documents',
]

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) await db.schema.dropTable(t).ifExists().execute()
}
