import type { Insertable, Kysely } from 'kysely'
import type { Entity } from '../model/types.js'
import { entityBlocks } from './entity-blocks.js'
import type { Database, EntityKeysTable } from './schema.js'
import { chunks } from '../util/chunks.js'
import { insertRows } from './insert-rows.js'

/**
 * Fold one new document's entities into the per-key unions (in the
 * caller's write transaction). Only what changes is written: a key seen
 * for the first time, a spelling not seen before, a row earlier in source
 * order than the one the name or country came from. Such keys get their
 * `dirty` counter raised for the next resolution; a key whose union did not
 * change needs none (its global entity stays as it is).
 *
 * Safe with several writers at once (PostgreSQL workers store documents in
 * parallel): every change is one statement that re-checks its condition on
 * the row as it is (`docs = docs + 1`, "earlier than the stored one"; the
 * read before only picks the candidates, and a concurrent writer can only
 * make a stored row earlier), inserts skip what another writer inserted
 * first, and rows are touched in key order so two writers never wait on
 * each other in a cycle. A few statements per document, whatever its
 * number of entities.
 */
export async function addEntityKeys(db: Kysely<Database>, doc: string, source: string, actors: readonly Entity[]): Promise<void> {
  if (actors.length === 0) return
  const sorted = [...actors].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const inserted = new Set<string>()
  for (let n = 0; n < sorted.length; n += 200) {
    const rows = sorted.slice(n, n + 200).map((a) => {
      const country = a.country ?? null
      return {
        key: a.key,
        name: a.name,
        type: a.type,
        country,
        name_source: source,
        name_doc: doc,
        country_source: country ? source : null,
        country_doc: country ? doc : null,
        docs: 1,
        entity: a.key,
        dirty: 1,
      }
    })
    const added = await db
      .insertInto('entity_keys')
      .values(rows)
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('key')
      .execute()
    for (const r of added) inserted.add(r.key)
  }
  const existing = sorted.filter((a) => !inserted.has(a.key))
  const stored = new Map<string, { name_source: string; name_doc: string; country_source: string | null; country_doc: string | null; docs: number }>()
  for (const part of chunks(existing.map((a) => a.key))) {
    for (const r of await db
      .selectFrom('entity_keys')
      .select(['key', 'name_source', 'name_doc', 'country_source', 'country_doc', 'docs'])
      .where('key', 'in', part)
      .execute())
      stored.set(r.key, r)
  }
  const earlier = (s: string | null, d: string | null) => s === null || source < s || (source === s && doc < (d ?? ''))
  for (const a of existing) {
    const old = stored.get(a.key)
    // Only rows that come first in source order are written, each by a statement that checks again.
    if (old && (old.docs === 0 || earlier(old.name_source, old.name_doc))) {
      await db
        .updateTable('entity_keys')
        .set((eb) => ({ name: a.name, type: a.type, name_source: source, name_doc: doc, dirty: eb('dirty', '+', 1) }))
        .where('key', '=', a.key)
        .where((eb) => eb.or([eb('docs', '=', 0), eb('name_source', '>', source), eb.and([eb('name_source', '=', source), eb('name_doc', '>', doc)])]))
        .execute()
    }
    const country = a.country ?? null
    if (country && old && earlier(old.country_source, old.country_doc)) {
      await db
        .updateTable('entity_keys')
        .set((eb) => ({ country, country_source: source, country_doc: doc, dirty: eb('dirty', '+', 1) }))
        .where('key', '=', a.key)
        .where((eb) =>
          eb.or([
            eb('country_source', 'is', null),
            eb('country_source', '>', source),
            eb.and([eb('country_source', '=', source), eb('country_doc', '>', doc)]),
          ]),
        )
        .execute()
    }
  }
  // One statement counts this document for every key already there.
  for (const part of chunks(existing.map((a) => a.key)))
    await db
      .updateTable('entity_keys')
      .set((eb) => ({ docs: eb('docs', '+', 1) }))
      .where('key', 'in', part)
      .execute()
  const spellings = sorted.flatMap((a) => [...new Set([a.name, ...a.aliases])].sort().map((alias) => ({ key: a.key, alias })))
  const known = new Set<string>()
  for (const part of chunks(sorted.map((a) => a.key))) {
    for (const r of await db.selectFrom('entity_key_aliases').select(['key', 'alias']).where('key', 'in', part).execute()) known.add(`${r.key}\u0000${r.alias}`)
  }
  const fresh = spellings.filter((s) => !known.has(`${s.key}\u0000${s.alias}`))
  await insertIgnoring(db, 'entity_key_aliases', fresh)
  // A new spelling can change what the key merges with.
  const respelled = [...new Set(fresh.map((s) => s.key))]
  for (const part of chunks(respelled))
    await db
      .updateTable('entity_keys')
      .set((eb) => ({ dirty: eb('dirty', '+', 1) }))
      .where('key', 'in', part)
      .execute()
  const blocks = sorted.flatMap((a) => entityBlocks(a).map((block) => ({ block, key: a.key })))
  await insertIgnoring(
    db,
    'key_blocks',
    blocks.sort((x, y) => (x.block < y.block ? -1 : x.block > y.block ? 1 : x.key < y.key ? -1 : 1)),
  )
}

/**
 * Recompute the unions of some keys from the rows left in `doc_entities`
 * (after a document was removed, or to fill the table in an older store).
 * A key with no row left keeps a row with `docs` 0, so the next resolution
 * still sees the entity it belonged to; every key given is marked dirty.
 * `removed`: the document whose rows were just deleted; keys it gave
 * neither name nor country are recounted (see recountKeys).
 */
export async function recomputeEntityKeys(db: Kysely<Database>, keys: readonly string[], removed?: string): Promise<void> {
  // A few statements per 200 keys, not five per key (a replaced document names dozens).
  for (const all of chunks([...new Set(keys)], 200)) {
    const part = removed === undefined ? all : await recountKeys(db, all, removed)
    if (part.length === 0) continue
    const rows = await db
      .selectFrom('doc_entities')
      .innerJoin('documents', 'documents.id', 'doc_entities.doc')
      .select([
        'doc_entities.key',
        'doc_entities.doc',
        'doc_entities.name',
        'doc_entities.type',
        'doc_entities.country',
        'doc_entities.aliases',
        'documents.source',
      ])
      .where('doc_entities.key', 'in', part)
      .execute()
    const byKey = new Map<string, typeof rows>()
    for (const r of rows) {
      const list = byKey.get(r.key)
      if (list) list.push(r)
      else byKey.set(r.key, [r])
    }
    const old = new Map((await db.selectFrom('entity_keys').select(['key', 'entity']).where('key', 'in', part).execute()).map((r) => [r.key, r.entity]))
    await db.deleteFrom('entity_keys').where('key', 'in', part).execute()
    await db.deleteFrom('entity_key_aliases').where('key', 'in', part).execute()
    const unions: Insertable<EntityKeysTable>[] = []
    const aliases: { key: string; alias: string }[] = []
    for (const key of part) {
      const mine = (byKey.get(key) ?? []).sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0))
      const first = mine[0]
      const withCountry = mine.find((r) => r.country !== null)
      if (!first && !old.has(key)) continue
      unions.push({
        key,
        name: first?.name ?? key,
        type: first?.type ?? 'unknown',
        country: withCountry?.country ?? null,
        name_source: first?.source ?? '',
        name_doc: first?.doc ?? '',
        country_source: withCountry?.source ?? null,
        country_doc: withCountry?.doc ?? null,
        docs: mine.length,
        entity: old.get(key) ?? key,
        dirty: 1,
      })
      const spellings = new Set<string>()
      for (const r of mine) for (const a of [r.name, ...(JSON.parse(r.aliases) as string[])]) spellings.add(a)
      for (const alias of spellings) aliases.push({ key, alias })
    }
    if (unions.length > 0) await db.insertInto('entity_keys').values(unions).execute()
    await insertIgnoring(db, 'entity_key_aliases', aliases)
  }
}

/**
 * The union of a key after one document's rows were removed (`removed`),
 * where that document was neither the one its name nor the one its country
 * came from: both stay (the stored row holds the first of each in source
 * order and the count of rows, which addEntityKeys and recomputeEntityKeys
 * keep), so the count goes down by one and only the spellings are read
 * again, as their distinct values, not as every row of
 * every document naming the key (a country's key names most of the store:
 * re-reading them for each re-dated or replaced document made a large
 * ingest's resolution grow with the store). The row ends as a full
 * recompute leaves it: the same columns, marked dirty, the same
 * spellings. Returns the keys that need the full recompute.
 */
async function recountKeys(db: Kysely<Database>, keys: readonly string[], removed: string): Promise<string[]> {
  const stored = new Map(
    (await db.selectFrom('entity_keys').select(['key', 'name_doc', 'country_doc', 'docs']).where('key', 'in', keys).execute()).map((r) => [r.key, r]),
  )
  const candidates = keys.filter((key) => {
    const row = stored.get(key)
    return row !== undefined && row.docs > 1 && row.name_doc !== removed && row.country_doc !== removed
  })
  if (candidates.length === 0) return [...keys]
  // Rows of doc_entities are written and deleted with their document's row: no join to documents needed.
  const spellings = new Map<string, Set<string>>()
  for (const r of await db.selectFrom('doc_entities').select(['key', 'name', 'aliases']).distinct().where('key', 'in', candidates).execute()) {
    let set = spellings.get(r.key)
    if (!set) spellings.set(r.key, (set = new Set()))
    for (const a of [r.name, ...(JSON.parse(r.aliases) as string[])]) set.add(a)
  }
  await db
    .updateTable('entity_keys')
    .set((eb) => ({ docs: eb('docs', '-', 1), dirty: 1 }))
    .where('key', 'in', candidates)
    .execute()
  // Only the spellings that changed are written (usually none: another document spells the key the same).
  const known = new Map<string, Set<string>>()
  for (const r of await db.selectFrom('entity_key_aliases').select(['key', 'alias']).where('key', 'in', candidates).execute()) {
    let set = known.get(r.key)
    if (!set) known.set(r.key, (set = new Set()))
    set.add(r.alias)
  }
  const added: { key: string; alias: string }[] = []
  for (const key of candidates) {
    const now = spellings.get(key) ?? new Set<string>()
    const before = known.get(key) ?? new Set<string>()
    const gone = [...before].filter((alias) => !now.has(alias))
    for (const part of chunks(gone)) await db.deleteFrom('entity_key_aliases').where('key', '=', key).where('alias', 'in', part).execute()
    for (const alias of now) if (!before.has(alias)) added.push({ key, alias })
  }
  await insertIgnoring(db, 'entity_key_aliases', added)
  const done = new Set(candidates)
  return keys.filter((key) => !done.has(key))
}

/** Insert rows, skipping those whose primary key is already stored. */
export async function insertIgnoring<T extends 'entity_key_aliases' | 'key_blocks' | 'record_buckets' | 'entity_links' | 'entity_roles' | 'conflict_members'>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  await insertRows(db, table, rows, true)
}
