import type { Kysely } from 'kysely'
import type { Entity, Role } from '../../model/types.js'
import { resolveEntities } from '../../resolve/entities.js'
import { insertMany } from '../../store/write-document.js'
import type { Database } from '../../store/schema.js'
import { foldName } from '../../util/fold.js'
import { recordId } from '../../util/ids.js'
import { isCountryKey, refreshCountry } from './refresh-countries.js'
import { roleRow } from './role-row.js'

/**
 * Re-resolve the global entities that the given blocking keys can touch
 * (the blocks of new, replaced or removed documents' entities). Loads only
 * the document entities sharing a block, plus those already linked to the
 * same global entities, runs `resolveEntities` on them and rewrites their
 * global entities and links. Country keys, which merge only by equal key,
 * are rewritten on their own (see refreshCountry) and never loaded into the
 * resolution: their blocks cover nearly every document. Returns the
 * documents whose links changed (their events and figures may now cluster
 * or conflict differently).
 */
export async function refreshEntities(db: Kysely<Database>, blocks: readonly string[]): Promise<Set<string>> {
  const changed = new Set<string>()
  if (blocks.length === 0) return changed
  const direct = await selectIn(db, blocks, (chunk) =>
    db.selectFrom('entity_blocks').select('key').distinct().where('block', 'in', chunk).execute(),
  )
  const all0 = [...new Set(direct.map((r) => r.key))].sort()
  const keys0: string[] = []
  const handled = new Set<string>()
  for (const key of all0) {
    const relinked = isCountryKey(key) ? await refreshCountry(db, key) : null
    if (relinked) {
      handled.add(key)
      for (const doc of relinked) changed.add(doc)
    } else keys0.push(key)
  }
  if (keys0.length === 0) return changed
  const oldEntities = await selectIn(db, keys0, (chunk) =>
    db.selectFrom('entity_links').select('entity').distinct().where('key', 'in', chunk).execute(),
  )
  const previous = [...new Set([...oldEntities.map((r) => r.entity), ...keys0])]
  const linked = await selectIn(db, previous, (chunk) =>
    db.selectFrom('entity_links').select('key').distinct().where('entity', 'in', chunk).execute(),
  )
  const keys = [...new Set([...keys0, ...linked.map((r) => r.key).filter((k) => !handled.has(k))])]

  const rows = await selectIn(db, keys, (chunk) =>
    db
      .selectFrom('doc_entities')
      .innerJoin('documents', 'documents.id', 'doc_entities.doc')
      .select(['doc_entities.doc', 'doc_entities.key', 'doc_entities.name', 'doc_entities.type', 'doc_entities.country', 'doc_entities.aliases', 'doc_entities.roles', 'documents.source'])
      .where('doc_entities.key', 'in', chunk)
      .execute(),
  )
  // The same order as the in-memory export (by source), so names agree.
  rows.sort((a, b) => cmp(a.source, b.source) || cmp(a.doc, b.doc) || cmp(a.key, b.key))
  const byDoc = new Map<string, Entity[]>()
  for (const r of rows) {
    const list = byDoc.get(r.doc) ?? []
    list.push({ key: r.key, name: r.name, type: r.type as Entity['type'], country: r.country, aliases: JSON.parse(r.aliases), roles: JSON.parse(r.roles) as Role[] })
    byDoc.set(r.doc, list)
  }
  const resolution = resolveEntities([...byDoc].map(([doc, actors]) => ({ doc, actors })))

  const stale = [...new Set([...previous, ...keys, ...resolution.entities.map((e) => e.key)])]
  await deleteIn(db, stale, (chunk) => db.deleteFrom('entity_aliases').where('entity', 'in', chunk).execute())
  await deleteIn(db, stale, (chunk) => db.deleteFrom('entity_roles').where('entity', 'in', chunk).execute())
  await deleteIn(db, stale, (chunk) => db.deleteFrom('entities').where('key', 'in', chunk).execute())
  const oldLinks = await selectIn(db, keys, (chunk) => db.selectFrom('entity_links').select(['doc', 'key', 'entity']).where('key', 'in', chunk).execute())
  await deleteIn(db, keys, (chunk) => db.deleteFrom('entity_links').where('key', 'in', chunk).execute())

  await insertMany(db, 'entities', resolution.entities.map((e) => ({ key: e.key, name: e.name, type: e.type, country: e.country ?? null })))
  await insertMany(
    db,
    'entity_aliases',
    resolution.entities.flatMap((e) =>
      [...new Set([e.name, ...e.aliases])].map((alias) => ({ entity: e.key, alias, folded: foldName(alias) })),
    ),
  )
  const roleIds = new Set<string>()
  await insertMany(
    db,
    'entity_roles',
    resolution.entities.flatMap((e) =>
      e.roles.flatMap((r) => {
        const id = recordId(r.doc, 'role', r.span, `${e.key}|${r.title}`)
        if (roleIds.has(id)) return []
        roleIds.add(id)
        return [roleRow(id, e.key, r)]
      }),
    ),
  )
  const links = rows.map((r) => ({ doc: r.doc, key: r.key, entity: resolution.canonical(r.doc, r.key) }))
  await insertMany(db, 'entity_links', links)
  const before = new Map(oldLinks.map((l) => [`${l.doc}\u0000${l.key}`, l.entity]))
  const after = new Set(links.map((l) => `${l.doc}\u0000${l.key}`))
  for (const l of links) if (before.get(`${l.doc}\u0000${l.key}`) !== l.entity) changed.add(l.doc)
  for (const l of oldLinks) if (!after.has(`${l.doc}\u0000${l.key}`)) changed.add(l.doc)
  return changed
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Run a query over a long `in` list in chunks (bound-parameter limits). */
export async function selectIn<T>(_db: Kysely<Database>, values: readonly string[], run: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let n = 0; n < values.length; n += 500) out.push(...(await run(values.slice(n, n + 500))))
  return out
}

async function deleteIn(db: Kysely<Database>, values: readonly string[], run: (chunk: string[]) => Promise<unknown>): Promise<void> {
  await selectIn(db, values, async (chunk) => [await run(chunk)])
}

