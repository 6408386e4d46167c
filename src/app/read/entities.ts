import type { SqlBool } from 'kysely'
import type { Pair } from '../../model/pair.js'
import { sql } from '../../store/kysely.js'
import { foldName } from '../../util/fold.js'
import type { EntitySummary, EventRecord, RoleRecord } from './records.js'
import { chunks, likePattern, spanOfRow, toCount, unique, type Db } from './db.js'
import { eventRecords } from './events.js'
import { docRefs, entityRefs } from './refs.js'

export interface EntityFilters {
  type?: string
  q?: string
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string
  /** Only entities named in the documents of this pair. */
  pair?: Pair
}

/** Aliases per entity, sorted. */
async function aliasesOf(db: Db, keys: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const part of chunks(unique(keys))) {
    const rows = await db.selectFrom('entity_aliases').select(['entity', 'alias']).where('entity', 'in', part).orderBy('alias').execute()
    for (const r of rows) out.set(r.entity, [...(out.get(r.entity) ?? []), r.alias])
  }
  return out
}

/**
 * A page of entities, most widely reported first. `q` matches any alias or
 * the name, ignoring case and diacritics.
 */
export async function listEntities(db: Db, f: EntityFilters, limit: number, offset: number): Promise<{ items: EntitySummary[]; total: number }> {
  let base = db.selectFrom('entities')
  if (f.type) base = base.where('entities.type', '=', f.type)
  if (f.country) base = base.where('entities.country', '=', f.country)
  if (f.pair) {
    const stored = f.pair.stored
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('entity_links')
          .innerJoin('documents', 'documents.id', 'entity_links.doc')
          .select(sql.lit(1).as('one'))
          .whereRef('entity_links.entity', '=', 'entities.key')
          .where('documents.pair', '=', stored),
      ),
    )
  }
  if (f.q) {
    // folded spellings match across case and diacritics; text that folds to
    // nothing (another script, punctuation) is matched as written instead
    const folded = foldName(f.q)
    const match = folded
      ? sql<SqlBool>`entity_aliases.folded like ${likePattern(folded)} escape '\\'`
      : sql<SqlBool>`lower(entity_aliases.alias) like ${likePattern(f.q.toLowerCase())} escape '\\'`
    base = base.where((eb) =>
      eb.exists(eb.selectFrom('entity_aliases').select(sql.lit(1).as('one')).whereRef('entity_aliases.entity', '=', 'entities.key').where(match)),
    )
  }
  const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
  const rows = await base
    .select((eb) => [
      'entities.key',
      'entities.name',
      'entities.type',
      'entities.country',
      eb
        .selectFrom('entity_links')
        .select((s) => s.fn.count('entity_links.doc').distinct().as('n'))
        .whereRef('entity_links.entity', '=', 'entities.key')
        .as('documents'),
    ])
    .orderBy('documents', 'desc')
    .orderBy('entities.name')
    .orderBy('entities.key')
    .limit(limit)
    .offset(offset)
    .execute()
  const aliases = await aliasesOf(
    db,
    rows.map((r) => r.key),
  )
  return {
    total: toCount(total?.n),
    items: rows.map((r) => ({ id: r.key, name: r.name, type: r.type, country: r.country, aliases: aliases.get(r.key) ?? [], documents: toCount(r.documents) })),
  }
}

/** The most events an entity page lists. */
export const ENTITY_MAX_EVENTS = 500

/** An entity with its aliases, roles in time order and the events it takes part in (those of `pair` when one is given). */
export async function getEntity(db: Db, key: string, pair?: Pair): Promise<{ entity: EntitySummary; roles: RoleRecord[]; events: EventRecord[] } | null> {
  const row = await db.selectFrom('entities').selectAll().where('key', '=', key).executeTakeFirst()
  if (!row) return null
  const docs = await db.selectFrom('entity_links').select('doc').distinct().where('entity', '=', key).execute()
  const roleRows = await db.selectFrom('entity_roles').selectAll().where('entity', '=', key).execute()
  const texts = new Map<string, string>()
  for (const part of chunks(unique(roleRows.map((r) => r.doc))))
    for (const d of await db.selectFrom('documents').select(['id', 'text']).where('id', 'in', part).execute()) texts.set(d.id, d.text)
  const refs = await docRefs(
    db,
    roleRows.map((r) => r.doc),
  )
  const orgs = await entityRefs(
    db,
    roleRows.flatMap((r) => (r.org ? [r.org] : [])),
  )
  const roles: RoleRecord[] = roleRows.map((r) => ({
    id: r.id,
    title: r.title,
    org: r.org ? (orgs.get(r.org) ?? { id: r.org, name: r.org, type: 'organization' }) : null,
    country: r.country,
    doc: r.doc,
    document: refs.get(r.doc) ?? { id: r.doc, title: null, lead: null, outlet: null, source: '', url: null, published: null },
    span: spanOfRow(r),
    evidence: (texts.get(r.doc) ?? '').slice(Number(r.span_start), Number(r.span_end)),
    when: r.when_start && r.when_end ? { start: r.when_start, end: r.when_end, granularity: r.when_granularity ?? 'range' } : null,
    qualifier: r.qualifier,
  }))
  // a role's time is what the text says, else when the document appeared
  const time = (r: RoleRecord) => r.when?.start ?? r.document.published?.start ?? '9999'
  roles.sort((a, b) => (time(a) < time(b) ? -1 : time(a) > time(b) ? 1 : a.id < b.id ? -1 : 1))
  const eventRows = await db
    .selectFrom('events')
    .selectAll()
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_actors')
          .leftJoin('entity_links', (j) => j.onRef('entity_links.doc', '=', 'event_actors.doc').onRef('entity_links.key', '=', 'event_actors.key'))
          .select(sql.lit(1).as('one'))
          .whereRef('event_actors.event', '=', 'events.id')
          .where((w) => w(w.fn.coalesce('entity_links.entity', 'event_actors.key'), '=', key)),
      ),
    )
    .$if(pair !== undefined, (q) => q.where('events.pair', '=', pair!.stored))
    .orderBy(sql`(events.when_start is null)`)
    .orderBy('events.when_start')
    .orderBy('events.id')
    .limit(ENTITY_MAX_EVENTS)
    .execute()
  const aliases = await aliasesOf(db, [key])
  return {
    entity: { id: row.key, name: row.name, type: row.type, country: row.country, aliases: aliases.get(key) ?? [], documents: docs.length },
    roles,
    events: await eventRecords(db, eventRows),
  }
}

/** The role titles stated for each entity, in document order (a list shows them grouped by src/shared/role-title.ts). */
export async function roleTitles(db: Db, keys: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (const part of chunks(unique(keys))) {
    const rows = await db.selectFrom('entity_roles').select(['entity', 'title']).where('entity', 'in', part).orderBy('doc').orderBy('span_start').execute()
    for (const r of rows) out.set(r.entity, [...(out.get(r.entity) ?? []), r.title])
  }
  return out
}
