import type { Pair } from '../../model/pair.js'
import type { SqlBool } from 'kysely'
import { sql } from '../../store/kysely.js'
import type { Diagnostic } from '../../model/types.js'
import type { DocumentFull, DocumentSummary, SpanRecord } from './records.js'
import { likePattern, spanOfRow, splitPair, toCount, type Db } from './db.js'
import { eventRecords } from './events.js'
import { indicatorRecords } from './indicators.js'
import { documentIdentity } from '../document-identity.js'
import { OUTLET_EDGE, outletColumns, identityOfRow } from '../outlet-sql.js'
import { entityResolver, published } from './refs.js'

/** How many records of one kind the listed document has (a subquery of the document list). */
const recordsOf = (table: 'entity_mentions' | 'events' | 'indicators' | 'diagnostics') =>
  sql<number>`(select count(*) from ${sql.table(table)} where ${sql.ref(`${table}.doc`)} = documents.id)`

export interface DocumentFilters {
  q?: string
  pair?: Pair
}

/**
 * A page of documents (all of them without `limit`): most recently published
 * first, undated last; or by source, the order a brief numbers its citations.
 */
export async function listDocuments(
  db: Db,
  f: DocumentFilters,
  limit?: number,
  offset = 0,
  order: 'published' | 'source' = 'published',
): Promise<{ items: DocumentSummary[]; total: number }> {
  let base = db.selectFrom('documents')
  if (f.pair) base = base.where('documents.pair', '=', f.pair.stored)
  if (f.q) {
    const pattern = likePattern(f.q.toLowerCase())
    base = base.where(sql<SqlBool>`(lower(coalesce(documents.title, '')) like ${pattern} escape '\\' or lower(documents.source) like ${pattern} escape '\\')`)
  }
  const total = await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()
  let query = base.select([
    'documents.id',
    'documents.source',
    'documents.url',
    'documents.title',
    'documents.published_start',
    'documents.published_end',
    'documents.published_basis',
    'documents.language',
    'documents.pair',
    'documents.ingested_at',
    sql<number>`length(documents.text)`.as('length'),
    ...outletColumns,
    recordsOf('entity_mentions').as('entities'),
    recordsOf('events').as('events'),
    recordsOf('indicators').as('indicators'),
    recordsOf('diagnostics').as('diagnostics'),
  ])
  query =
    order === 'source'
      ? query.orderBy('documents.source').orderBy('documents.id')
      : query
          .orderBy(sql`(documents.published_start is null)`)
          .orderBy('documents.published_start', 'desc')
          .orderBy('documents.id')
  if (limit !== undefined) query = query.limit(limit)
  if (offset) query = query.offset(offset)
  const rows = await query.execute()
  return {
    total: toCount(total?.n),
    items: rows.map((r) => ({
      id: r.id,
      source: r.source,
      url: r.url,
      ...identityOfRow(r),
      published: published(r),
      language: r.language,
      pair: splitPair(r.pair),
      ingestedAt: r.ingested_at,
      length: toCount(r.length),
      counts: { entities: toCount(r.entities), events: toCount(r.events), indicators: toCount(r.indicators), diagnostics: toCount(r.diagnostics) },
    })),
  }
}

/** One document with its diagnostics, or null. */
export async function getDocument(db: Db, id: string): Promise<DocumentFull | null> {
  const r = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
  if (!r) return null
  const diagnostics = await db.selectFrom('diagnostics').selectAll().where('doc', '=', id).orderBy('span_start').orderBy('id').execute()
  return {
    id: r.id,
    source: r.source,
    url: r.url,
    ...documentIdentity({ title: r.title, url: r.url, meta: r.meta, head: r.text.slice(0, OUTLET_EDGE), tail: r.text.slice(-OUTLET_EDGE) }),
    text: r.text,
    hash: r.hash,
    published: published(r),
    language: r.language,
    pair: splitPair(r.pair),
    ingestedAt: r.ingested_at,
    version: Number(r.version),
    replaces: r.replaces,
    diagnostics: diagnostics.map((d) => {
      const out: Diagnostic = {
        reason: d.reason,
        ruleId: d.rule,
        severity: d.severity === 'error' || d.severity === 'warning' ? d.severity : 'info',
        ...(d.span_start !== null && d.span_end !== null ? { span: spanOfRow(d) } : {}),
        ...(d.fatal ? { fatal: true } : {}),
      }
      return out
    }),
  }
}

/** Every record read out of a document, ordered by position, for highlighting. */
export async function documentRecords(db: Db, id: string): Promise<SpanRecord[]> {
  const resolver = await entityResolver(db, [id])
  const out: SpanRecord[] = []
  for (const m of await db.selectFrom('entity_mentions').selectAll().where('doc', '=', id).execute())
    out.push({
      kind: 'entity',
      id: m.id,
      span: spanOfRow(m),
      text: m.text,
      type: m.type,
      entity: resolver.ref(id, m.key)!,
    })
  for (const t of await db.selectFrom('time_mentions').selectAll().where('doc', '=', id).execute())
    out.push({
      kind: 'time',
      id: t.id,
      span: spanOfRow(t),
      text: t.text,
      when: t.start && t.end ? { start: t.start, end: t.end, granularity: t.granularity ?? 'range' } : null,
      asOf: Boolean(t.as_of),
    })
  for (const e of await eventRecords(db, await db.selectFrom('events').selectAll().where('doc', '=', id).execute()))
    out.push({
      kind: 'event',
      id: e.id,
      span: e.span,
      trigger: e.trigger,
      type: e.type,
      status: e.status,
      when: e.when,
      actors: e.actors,
      cluster: e.cluster?.id ?? null,
    })
  for (const i of await indicatorRecords(db, await db.selectFrom('indicators').selectAll().where('doc', '=', id).execute()))
    out.push({
      kind: 'indicator',
      id: i.id,
      span: i.span,
      indicator: i.indicator,
      value: i.value,
      unit: i.unit,
      bound: i.bound,
      period: i.period,
      subject: i.subject,
      counterpart: i.counterpart,
    })
  const roles = await db
    .selectFrom('entity_roles')
    .innerJoin('entities', 'entities.key', 'entity_roles.entity')
    .select(['entity_roles.id', 'entity_roles.title', 'entity_roles.span_start', 'entity_roles.span_end', 'entities.key', 'entities.name', 'entities.type'])
    .where('entity_roles.doc', '=', id)
    .execute()
  for (const r of roles)
    out.push({
      kind: 'role',
      id: r.id,
      span: spanOfRow(r),
      title: r.title,
      entity: { id: r.key, name: r.name, type: r.type },
    })
  const order = { event: 0, indicator: 1, role: 2, entity: 3, time: 4 }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || order[a.kind] - order[b.kind] || (a.id < b.id ? -1 : 1))
}
