import type { Kysely } from 'kysely'
import type { Role } from '../../model/types.js'
import { insertMany } from '../../store/write-document.js'
import type { Database } from '../../store/schema.js'
import { foldName } from '../../util/fold.js'
import { recordId } from '../../util/ids.js'
import { roleRow } from './role-row.js'

/** Whether a document-entity key names a country (`country:VN`). */
export const isCountryKey = (key: string): boolean => key.startsWith('country:')

/**
 * Rewrite the global entity of one country key without resolving its
 * block. `resolveEntities` merges a country only by equal key (partial
 * names are for persons, alias merges skip countries and need a compatible
 * type, initials are for organizations), and a country never changes
 * another entity's merge, so its entity is the union of its rows: the
 * first row's name and type (in the export's source order), the first
 * country given, every spelling as an alias, every role. Only small
 * columns are read; JSON is parsed once per distinct alias list and only
 * for rows with roles. Returns the documents whose links changed, or null
 * when a row under the key is not a country (the caller resolves it fully).
 */
export async function refreshCountry(db: Kysely<Database>, key: string): Promise<Set<string> | null> {
  const other = await db.selectFrom('doc_entities').select('doc').where('key', '=', key).where('type', '!=', 'country').limit(1).execute()
  if (other.length > 0) return null
  const rows = await db
    .selectFrom('doc_entities')
    .innerJoin('documents', 'documents.id', 'doc_entities.doc')
    .select(['doc_entities.doc', 'doc_entities.name', 'doc_entities.type', 'doc_entities.country', 'documents.source'])
    .where('doc_entities.key', '=', key)
    .execute()
  rows.sort((a, b) => cmp(a.source, b.source) || cmp(a.doc, b.doc))
  const oldLinks = await db.selectFrom('entity_links').select(['doc', 'entity']).where('key', '=', key).execute()
  await db.deleteFrom('entity_aliases').where('entity', '=', key).execute()
  await db.deleteFrom('entity_roles').where('entity', '=', key).execute()
  await db.deleteFrom('entities').where('key', '=', key).execute()
  await db.deleteFrom('entity_links').where('key', '=', key).execute()
  const changed = new Set<string>()
  const before = new Map(oldLinks.map((l) => [l.doc, l.entity]))
  const after = new Set(rows.map((r) => r.doc))
  for (const r of rows) if (before.get(r.doc) !== key) changed.add(r.doc)
  for (const l of oldLinks) if (!after.has(l.doc)) changed.add(l.doc)
  if (rows.length === 0) return changed

  const first = rows[0]
  const country = rows.find((r) => r.country !== null)?.country ?? null
  const spellings = new Set(rows.map((r) => r.name))
  const lists = await db
    .selectFrom('doc_entities')
    .innerJoin('documents', 'documents.id', 'doc_entities.doc')
    .select('doc_entities.aliases')
    .distinct()
    .where('doc_entities.key', '=', key)
    .execute()
  for (const l of lists) for (const a of JSON.parse(l.aliases) as string[]) spellings.add(a)
  const aliases = [...spellings].filter((a) => a !== first.name).sort()

  await insertMany(db, 'entities', [{ key, name: first.name, type: first.type, country }])
  await insertMany(db, 'entity_aliases', [...new Set([first.name, ...aliases])].map((alias) => ({ entity: key, alias, folded: foldName(alias) })))
  await insertMany(db, 'entity_roles', await rolesOf(db, key))
  await insertMany(db, 'entity_links', rows.map((r) => ({ doc: r.doc, key, entity: key })))
  return changed
}

// Role rows of the country's documents, in the same order and with the same ids as a full resolution.
async function rolesOf(db: Kysely<Database>, key: string) {
  const rows = await db
    .selectFrom('doc_entities')
    .innerJoin('documents', 'documents.id', 'doc_entities.doc')
    .select(['doc_entities.doc', 'doc_entities.roles', 'documents.source'])
    .where('doc_entities.key', '=', key)
    .where('doc_entities.roles', '!=', '[]')
    .execute()
  rows.sort((a, b) => cmp(a.source, b.source) || cmp(a.doc, b.doc))
  const ids = new Set<string>()
  return rows.flatMap((row) =>
    (JSON.parse(row.roles) as Role[]).flatMap((r) => {
      const id = recordId(r.doc, 'role', r.span, `${key}|${r.title}`)
      if (ids.has(id)) return []
      ids.add(id)
      return [roleRow(id, key, r)]
    }),
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
