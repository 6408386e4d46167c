import type { Kysely } from 'kysely'
import { recomputeEntityKeys } from '../entity-keys.js'

/**
 * What incremental resolution keeps so that its cost follows the change,
 * not the store:
 * - `entity_keys`: one row per document-entity key, the union of that key's
 *   rows over all documents (the name and type of its first row in source
 *   order, its first country, its document count) and the global entity it
 *   resolved to; `dirty` marks keys whose union changed since the last
 *   resolution.
 * - `entity_key_aliases`, `key_blocks`: a key's spellings and blocking keys,
 *   so a block is read as its distinct keys, never as every document row.
 * - `record_buckets`: the blocking keys of each event (pair, type, year and
 *   who, with global entities) and each figure (its quantity, and its
 *   quantity and period), so clustering reads only the events that could be
 *   the same as a new one and reconciliation only the figures of one
 *   quantity and period.
 * Existing stores get their keys filled from `doc_entities` and marked
 * dirty, and their events unclustered: the next resolutions index and
 * resolve them again.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const s = db.schema
  await s
    .createTable('entity_keys')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('name_source', 'text', (c) => c.notNull())
    .addColumn('name_doc', 'text', (c) => c.notNull())
    .addColumn('country_source', 'text')
    .addColumn('country_doc', 'text')
    .addColumn('docs', 'integer', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('dirty', 'integer', (c) => c.notNull())
    .execute()
  await s.createIndex('entity_keys_dirty').ifNotExists().on('entity_keys').column('dirty').execute()
  await s.createIndex('entity_keys_entity').ifNotExists().on('entity_keys').column('entity').execute()
  await s
    .createTable('entity_key_aliases')
    .ifNotExists()
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('alias', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('entity_key_aliases_pk', ['key', 'alias'])
    .execute()
  await s
    .createTable('key_blocks')
    .ifNotExists()
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('key_blocks_pk', ['block', 'key'])
    .execute()
  await s.createIndex('key_blocks_key').ifNotExists().on('key_blocks').column('key').execute()
  await s
    .createTable('record_buckets')
    .ifNotExists()
    .addColumn('bucket', 'text', (c) => c.notNull())
    .addColumn('record', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_buckets_pk', ['bucket', 'record'])
    .execute()
  await s.createIndex('record_buckets_record').ifNotExists().on('record_buckets').column('record').execute()
  // Stores written before this migration: fill the key unions (all dirty,
  // so the next resolution rewrites entities once from them).
  await db
    .insertInto('key_blocks')
    .columns(['block', 'key'])
    .expression(db.selectFrom('entity_blocks').select(['block', 'key']).distinct())
    .execute()
  const keys = await db.selectFrom('doc_entities').select('key').distinct().execute()
  await recomputeEntityKeys(
    db,
    keys.map((k) => k.key),
  )
  // Their events are not indexed yet: unclustered, resolution takes them up again.
  await db.updateTable('events').set({ cluster: null }).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['record_buckets', 'key_blocks', 'entity_key_aliases', 'entity_keys']) await db.schema.dropTable(t).ifExists().execute()
}
