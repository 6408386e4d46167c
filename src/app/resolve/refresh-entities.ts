import type { Kysely } from 'kysely'
import type { Entity, Role } from '../../model/types.js'
import { resolveEntities } from '../../resolve/entities.js'
import { insertIgnoring } from '../../store/entity-keys.js'
import type { Database } from '../../store/schema.js'
import { insertMany } from '../../store/write-document.js'
import { foldName } from '../../util/fold.js'
import { chunks } from '../../util/chunks.js'
import { recordId } from '../../util/ids.js'
import { roleRow } from './role-row.js'

/**
 * Re-resolve the global entities that changed keys can affect, then link
 * the given documents. Resolution works on `entity_keys`, one union per
 * key over every document (kept current as documents are written and
 * removed), so a block is read as its distinct keys, never as the rows of
 * every document that names a country or a common surname: the cost
 * follows the change, not the store. Keys to redo are the dirty ones, the
 * keys sharing a blocking key with them and the keys already resolved to
 * the same entities. Returns the documents whose links changed (their
 * events and figures may now cluster or conflict differently); the given
 * documents are linked but not returned.
 */
export async function refreshEntities(db: Kysely<Database>, docs: readonly string[] = []): Promise<Set<string>> {
  const dirty = await db.selectFrom('entity_keys').select(['key', 'dirty']).where('dirty', '>', 0).execute()
  const changed = dirty.length > 0 ? await resolveKeys(db, dirty.map((r) => r.key).sort()) : new Set<string>()
  // Clear only the marks read: a writer that raised one since (a worker
  // storing a document meanwhile) leaves its key for the next resolution.
  const byMark = new Map<number, string[]>()
  for (const r of dirty) byMark.set(r.dirty, [...(byMark.get(r.dirty) ?? []), r.key])
  for (const [mark, keys] of byMark)
    await inChunks(keys, (c) => db.updateTable('entity_keys').set({ dirty: 0 }).where('key', 'in', c).where('dirty', '=', mark).execute())
  await linkDocuments(db, [...new Set([...docs, ...changed])].sort())
  return changed
}

async function resolveKeys(db: Kysely<Database>, seeds: readonly string[]): Promise<Set<string>> {
  const blocks = distinct(await selectIn(seeds, (c) => db.selectFrom('key_blocks').select('block as v').distinct().where('key', 'in', c).execute()))
  const keys0 = [
    ...new Set([
      ...seeds,
      ...distinct(await selectIn(blocks, (c) => db.selectFrom('key_blocks').select('key as v').distinct().where('block', 'in', c).execute())),
    ]),
  ]
  const previous = distinct(await selectIn(keys0, (c) => db.selectFrom('entity_keys').select('entity as v').distinct().where('key', 'in', c).execute()))
  const linked = distinct(await selectIn(previous, (c) => db.selectFrom('entity_keys').select('key as v').where('entity', 'in', c).execute()))
  const keys = [...new Set([...keys0, ...linked])].sort()

  const stored = await selectIn(keys, (c) => db.selectFrom('entity_keys').selectAll().where('key', 'in', c).execute())
  const spellings = new Map<string, string[]>()
  for (const a of await selectIn(keys, (c) => db.selectFrom('entity_key_aliases').select(['key', 'alias']).where('key', 'in', c).execute())) {
    spellings.set(a.key, [...(spellings.get(a.key) ?? []), a.alias])
  }
  // Each key as one document whose actor is its union, in the order of its
  // first row: the same groups, names and countries as resolving every row.
  const live = stored.filter((k) => k.docs > 0).sort((a, b) => cmp(a.name_source, b.name_source) || cmp(a.name_doc, b.name_doc) || cmp(a.key, b.key))
  const resolution = resolveEntities(
    live.map((k) => ({
      doc: k.name_doc,
      actors: [
        {
          key: k.key,
          name: k.name,
          type: k.type as Entity['type'],
          country: k.country,
          aliases: (spellings.get(k.key) ?? []).filter((a) => a !== k.name).sort(),
          roles: [],
        },
      ],
    })),
  )

  const stale = [...new Set([...previous, ...keys, ...resolution.entities.map((e) => e.key)])]
  await inChunks(stale, (c) => db.deleteFrom('entity_aliases').where('entity', 'in', c).execute())
  await inChunks(stale, (c) => db.deleteFrom('entities').where('key', 'in', c).execute())
  await insertMany(
    db,
    'entities',
    resolution.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, country: e.country ?? null })),
  )
  await insertMany(
    db,
    'entity_aliases',
    resolution.entities.flatMap((e) => [...new Set([e.name, ...e.aliases])].map((alias) => ({ entity: e.key, alias, folded: foldName(alias) }))),
  )

  // Keys now resolved elsewhere: their documents' links and roles are redone.
  const moved = live.filter((k) => resolution.canonical(k.name_doc, k.key) !== k.entity)
  for (const k of moved)
    await db
      .updateTable('entity_keys')
      .set({ entity: resolution.canonical(k.name_doc, k.key) })
      .where('key', '=', k.key)
      .execute()
  const gone = stored.filter((k) => k.docs === 0).map((k) => k.key)
  await inChunks(gone, (c) => db.deleteFrom('entity_keys').where('key', 'in', c).execute())
  await inChunks(gone, (c) => db.deleteFrom('key_blocks').where('key', 'in', c).execute())
  const relinked = await selectIn(
    moved.map((k) => k.key),
    (c) => db.selectFrom('doc_entities').select('doc as v').distinct().where('key', 'in', c).execute(),
  )
  return new Set(distinct(relinked))
}

/**
 * (Re)write the links and roles of some documents from the keys' current
 * entities: each document-local key points at its global entity, and each
 * role the document gives is filed under that entity.
 */
async function linkDocuments(db: Kysely<Database>, docs: readonly string[]): Promise<void> {
  for (let n = 0; n < docs.length; n += 200) {
    const chunk = docs.slice(n, n + 200)
    const rows = await db
      .selectFrom('doc_entities')
      .innerJoin('entity_keys', 'entity_keys.key', 'doc_entities.key')
      .select(['doc_entities.doc', 'doc_entities.key', 'doc_entities.roles', 'entity_keys.entity'])
      .where('doc_entities.doc', 'in', chunk)
      .execute()
    await db.deleteFrom('entity_links').where('doc', 'in', chunk).execute()
    await db.deleteFrom('entity_roles').where('doc', 'in', chunk).execute()
    await insertMany(
      db,
      'entity_links',
      rows.map((r) => ({ doc: r.doc, key: r.key, entity: r.entity })),
    )
    const roles = rows.flatMap((r) =>
      r.roles === '[]'
        ? []
        : (JSON.parse(r.roles) as Role[]).map((role) => roleRow(recordId(role.doc, 'role', role.span, `${r.entity}|${role.title}`), r.entity, role)),
    )
    await insertIgnoring(db, 'entity_roles', roles)
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function distinct(rows: readonly { v: string }[]): string[] {
  return [...new Set(rows.map((r) => r.v))]
}

/** Run a query over a long `in` list in chunks (bound-parameter limits). */
export async function selectIn<T>(values: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (const part of chunks(values)) out.push(...(await run(part)))
  return out
}

async function inChunks(values: readonly string[], run: (chunk: string[]) => Promise<unknown>): Promise<void> {
  await selectIn(values, async (chunk) => [await run(chunk)])
}
