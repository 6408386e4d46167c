import type { Kysely } from 'kysely'
import type { EventMention } from '../../model/types.js'
import type { Database } from '../../store/schema.js'
import { whereInput, type RecordFilter } from './filters.js'
import { pageWithLinks } from './links.js'
import { eventWhere } from '../read/events.js'
import { eventFromRow } from './rows.js'

export interface EventFilter extends RecordFilter {
  type?: string | readonly string[]
  status?: 'occurred' | 'planned'
  cluster?: string
}

/** An event as queries return it: global entity keys, evidence and its document. */
export interface EventResult extends Omit<EventMention, 'kind'> {
  readonly id: string
  readonly doc: string
  readonly source: string
  readonly url: string | null
  readonly evidence: string
  readonly cluster: string | null
  readonly pair: string | null
}

/**
 * Events matching the filter, in time order (undated last), with actors,
 * host and place as global entity keys.
 */
export async function listEvents(db: Kysely<Database>, filter: EventFilter = {}): Promise<EventResult[]> {
  const input = await whereInput(db, filter)
  if (!input) return []
  const where = eventWhere(input)
  let q = db
    .selectFrom('events')
    .innerJoin('documents', 'documents.id', 'events.doc')
    .selectAll('events')
    .select(['documents.source', 'documents.url'])
    .where(where)
  // Undated events sort last in both dialects.
  q = q
    .orderBy((eb) => eb.case().when('events.when_start', 'is', null).then(1).else(0).end())
    .orderBy('events.when_start')
    .orderBy('documents.source')
    .orderBy('events.span_start')
    .orderBy('events.id')
  const { rows, ref } = await pageWithLinks(db, q, filter)
  return rows.map((row) => {
    const { kind: _kind, ...event } = eventFromRow(row, (k) => ref(row.doc, k))
    return { ...event, id: row.id, doc: row.doc, source: row.source, url: row.url, evidence: row.evidence, cluster: row.cluster, pair: row.pair }
  })
}
