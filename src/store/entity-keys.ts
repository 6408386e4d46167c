import type { Kysely } from 'kysely'
import type { Entity } from '../model/types.js'
import { entityBlocks } from './entity-blocks.js'
import type { Database } from './schema.js'

/** One document's row under a key, as the union needs it. */
interface KeyRow {
  readonly key: string
  readonly name: string
  readonly type: string
  readonly country: string | null
  readonly aliases: readonly string[]
  readonly source: string
  readonly doc: string
}

const before = (source: string, doc: string, thanSource: string | null, thanDoc: string | null): boolean =>
  thanSource === null || source < thanSource || (source === thanSource && doc < (thanDoc ?? ''))

/**
 * Fold one new document's entities into the per-key unions (in the
 * caller's write transaction). Only what changes is written: a key seen
 * for the first time, a spelling not seen before, a row earlier in source
 * order than the one the name or country came from. Those keys are marked
 * dirty for the next resolution; a key whose union did not change needs
 * none (its global entity stays as it is).
 */
export async function addEntityKeys(db: Kysely<Database>, doc: string, source: string, actors: readonly Entity[]): Promise<void> {
  if (actors.length === 0) return
  const rows: KeyRow[] = actors.map((a) => ({ key: a.key, name: a.name, type: a.type, country: a.country ?? null, aliases: a.aliases, source, doc }))
  const keys = rows.map((r) => r.key)
  const stored = new Map((await db.selectFrom('entity_keys').selectAll().where('key', 'in', keys).execute()).map((k) => [k.key, k]))
  const known = new Set(
    (await db.selectFrom('entity_key_aliases').select(['key', 'alias']).where('key', 'in', keys).execute()).map((a) => `${a.key}\u0000${a.alias}`),
  )
  const newAliases: { key: string; alias: string }[] = []
  for (const r of rows) {
    const old = stored.get(r.key)
    const spellings = [...new Set([r.name, ...r.aliases])].filter((alias) => !known.has(`${r.key}\u0000${alias}`))
    newAliases.push(...spellings.map((alias) => ({ key: r.key, alias })))
    if (!old) {
      await db
        .insertInto('entity_keys')
        .values({
          key: r.key, name: r.name, type: r.type, country: r.country, name_source: source, name_doc: doc,
          country_source: r.country ? source : null, country_doc: r.country ? doc : null, docs: 1, entity: r.key, dirty: 1,
        })
        .execute()
      continue
    }
    const set: Partial<Database['entity_keys']> = { docs: old.docs + 1 }
    // A key whose last document went (docs 0) takes this row's name whatever the order.
    if (old.docs === 0 || before(source, doc, old.name_source, old.name_doc)) Object.assign(set, { name: r.name, type: r.type, name_source: source, name_doc: doc })
    if (r.country && before(source, doc, old.country_source, old.country_doc)) Object.assign(set, { country: r.country, country_source: source, country_doc: doc })
    const changed = (set.name !== undefined && (set.name !== old.name || set.type !== old.type)) || (set.country !== undefined && set.country !== old.country)
    if (changed || spellings.length > 0 || old.docs === 0) set.dirty = 1
    await db.updateTable('entity_keys').set(set).where('key', '=', r.key).execute()
  }
  await insertIgnoring(db, 'entity_key_aliases', newAliases)
  await insertIgnoring(
    db,
    'key_blocks',
    actors.flatMap((a) => entityBlocks(a).map((block) => ({ block, key: a.key }))),
  )
}

/**
 * Recompute the unions of some keys from the rows left in `doc_entities`
 * (after a document was removed, or to fill the table in an older store).
 * A key with no row left keeps a row with `docs` 0, so the next resolution
 * still sees the entity it belonged to; every key given is marked dirty.
 */
export async function recomputeEntityKeys(db: Kysely<Database>, keys: readonly string[]): Promise<void> {
  for (const key of new Set(keys)) {
    const rows = await db
      .selectFrom('doc_entities')
      .innerJoin('documents', 'documents.id', 'doc_entities.doc')
      .select(['doc_entities.doc', 'doc_entities.name', 'doc_entities.type', 'doc_entities.country', 'doc_entities.aliases', 'documents.source'])
      .where('doc_entities.key', '=', key)
      .execute()
    rows.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))
    const old = await db.selectFrom('entity_keys').select('entity').where('key', '=', key).executeTakeFirst()
    await db.deleteFrom('entity_keys').where('key', '=', key).execute()
    await db.deleteFrom('entity_key_aliases').where('key', '=', key).execute()
    const first = rows[0]
    const withCountry = rows.find((r) => r.country !== null)
    if (!first && !old) continue
    await db
      .insertInto('entity_keys')
      .values({
        key,
        name: first?.name ?? key,
        type: first?.type ?? 'unknown',
        country: withCountry?.country ?? null,
        name_source: first?.source ?? '',
        name_doc: first?.doc ?? '',
        country_source: withCountry?.source ?? null,
        country_doc: withCountry?.doc ?? null,
        docs: rows.length,
        entity: old?.entity ?? key,
        dirty: 1,
      })
      .execute()
    const spellings = new Set<string>()
    for (const r of rows) for (const a of [r.name, ...(JSON.parse(r.aliases) as string[])]) spellings.add(a)
    await insertIgnoring(db, 'entity_key_aliases', [...spellings].map((alias) => ({ key, alias })))
  }
}

/** Insert rows, skipping those whose primary key is already stored. */
export async function insertIgnoring<T extends 'entity_key_aliases' | 'key_blocks' | 'record_buckets' | 'entity_links' | 'entity_roles'>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  for (let n = 0; n < rows.length; n += 200) {
    await db
      .insertInto(table)
      .values(rows.slice(n, n + 200) as any)
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
}
