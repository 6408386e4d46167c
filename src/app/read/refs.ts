import { countryName } from '../pair.js'
import type { DocRef, EntityRef } from './records.js'
import { outletColumns, identityOfRow } from '../outlet-sql.js'
import { chunks, unique, type Db } from './db.js'

/** Document references for record lists, by id. */
export async function docRefs(db: Db, ids: Iterable<string>): Promise<Map<string, DocRef>> {
  const out = new Map<string, DocRef>()
  for (const part of chunks(unique(ids))) {
    const rows = await db
      .selectFrom('documents')
      .select(['id', 'title', 'source', 'url', 'published_start', 'published_end', 'published_basis', ...outletColumns])
      .where('id', 'in', part)
      .execute()
    for (const r of rows) out.set(r.id, { id: r.id, ...identityOfRow(r), source: r.source, url: r.url, published: published(r) })
  }
  return out
}

/** The published window of a document row, or null. */
export function published(r: { published_start: string | null; published_end: string | null; published_basis: string | null }) {
  if (!r.published_start || !r.published_end) return null
  return { start: r.published_start, end: r.published_end, basis: r.published_basis === 'stated' ? ('stated' as const) : ('inferred' as const) }
}

/** A readable name for a key that resolution has not named (e.g. `country:VN` -> Vietnam). */
export function nameFromKey(key: string): string {
  const [prefix, rest = key] = key.split(/:(.*)/s)
  if (prefix === 'country') return countryName(rest) ?? rest
  return rest.replace(/\b\p{L}/gu, (c) => c.toUpperCase())
}

/** A placeholder reference built from the key alone. */
export function refFromKey(key: string): EntityRef {
  const type = key.includes(':') ? key.slice(0, key.indexOf(':')) : 'unknown'
  return { id: key, name: nameFromKey(key), type: type === 'org' ? 'organization' : type }
}

/** Maps document-local entity keys to the global entities resolution chose. */
export interface EntityResolver {
  ref(doc: string, key: string | null | undefined): EntityRef | null
}

/**
 * Load what the entity keys used in some documents resolve to: one query
 * over the links of those documents, one for the entities themselves.
 */
export async function entityResolver(db: Db, docs: Iterable<string>): Promise<EntityResolver> {
  const links = new Map<string, string>()
  for (const part of chunks(unique(docs))) {
    const rows = await db.selectFrom('entity_links').select(['doc', 'key', 'entity']).where('doc', 'in', part).execute()
    for (const r of rows) links.set(`${r.doc}\u0000${r.key}`, r.entity)
  }
  const entities = await entityRefs(db, links.values())
  return {
    ref(doc, key) {
      if (!key) return null
      const global = links.get(`${doc}\u0000${key}`) ?? key
      return entities.get(global) ?? refFromKey(global)
    },
  }
}

/** Global entities by key; unknown keys are left out. */
export async function entityRefs(db: Db, keys: Iterable<string>): Promise<Map<string, EntityRef>> {
  const out = new Map<string, EntityRef>()
  for (const part of chunks(unique(keys))) {
    const rows = await db.selectFrom('entities').select(['key', 'name', 'type']).where('key', 'in', part).execute()
    for (const r of rows) out.set(r.key, { id: r.key, name: r.name, type: r.type })
  }
  return out
}

/**
 * The document-local keys that stand for a global entity in each document
 * (the reverse of the links), for queries by actor.
 */
export async function localKeys(db: Db, entity: string): Promise<{ doc: string; key: string }[]> {
  return db.selectFrom('entity_links').select(['doc', 'key']).where('entity', '=', entity).execute()
}

/** What records of these documents are shown with: each document's reference, and who their entity keys name. */
export async function recordRefs(db: Db, docs: readonly string[]): Promise<{ docs: Map<string, DocRef>; resolver: EntityResolver }> {
  return { docs: await docRefs(db, docs), resolver: await entityResolver(db, docs) }
}
