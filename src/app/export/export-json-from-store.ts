import type { Kysely } from 'kysely'
import type { Conflict, Diagnostic, Published, TimeInterval } from '../../model/types.js'
import type { Database } from '../../store/schema.js'
import type { ScoredExport } from './scored-export.js'
import { loadLinks } from '../query/links.js'
import { eventFromRow, indicatorFromRow, intervalOf } from '../query/rows.js'
import { exportedEvent, exportedIndicator } from './records.js'

const bySource = <T extends { source: string; id: string }>(a: T, b: T) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.id < b.id ? -1 : 1)

/**
 * The scored export (the structure `score.py` reads, see the eval README)
 * read from the store: documents with their text, global entities,
 * events and figures with global entity ids, clusters and conflicts.
 * Records come in document order (by source), then by position.
 */
export async function exportJsonFromStore(db: Kysely<Database>): Promise<ScoredExport> {
  const documents = (await db.selectFrom('documents').selectAll().execute()).sort(bySource)
  const order = new Map(documents.map((d, n) => [d.id, n]))
  // Reading order: document, sentence, then the trigger within the sentence.
  const docOrder = <T extends { doc: string; span_start: number; id: string; trigger_start?: number }>(a: T, b: T) =>
    order.get(a.doc)! - order.get(b.doc)! || a.span_start - b.span_start || (a.trigger_start ?? 0) - (b.trigger_start ?? 0) || (a.id < b.id ? -1 : 1)
  const ref = await loadLinks(
    db,
    documents.map((d) => d.id),
  )
  // A document's own keys, read as global entity ids.
  const refIn = (doc: string) => (key: string) => ref(doc, key)
  const diagnostics = await db.selectFrom('diagnostics').selectAll().orderBy('id').execute()
  const entities = await db.selectFrom('entities').selectAll().orderBy('key').execute()
  const aliases = await db.selectFrom('entity_aliases').select(['entity', 'alias']).orderBy('alias').execute()
  const roles = await db.selectFrom('entity_roles').selectAll().execute()
  const events = (await db.selectFrom('events').selectAll().execute()).sort(docOrder)
  const unasserted = (await db.selectFrom('unasserted_events').selectAll().execute()).sort(docOrder)
  const indicators = (await db.selectFrom('indicators').selectAll().execute()).sort(docOrder)
  const conflicts = await db.selectFrom('conflicts').selectAll().orderBy('id').execute()
  const members = await db.selectFrom('conflict_members').selectAll().orderBy('record').execute()

  const group = <T, K>(rows: T[], key: (r: T) => K) => {
    const map = new Map<K, T[]>()
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r])
    return map
  }
  const diagnosticsOf = group(diagnostics, (g) => g.doc)
  const aliasesOf = group(aliases, (a) => a.entity)
  const rolesOf = group(
    roles.sort((a, b) => order.get(a.doc)! - order.get(b.doc)! || a.span_start - b.span_start || (a.id < b.id ? -1 : 1)),
    (r) => r.entity,
  )
  const membersOf = group(members, (m) => m.conflict)

  return {
    documents: documents.map((d) => ({
      id: d.id,
      source: d.source,
      url: d.url,
      title: d.title,
      text: d.text,
      published: publishedOf(d),
      language: d.language,
      pair: d.pair,
      version: d.version,
      diagnostics: (diagnosticsOf.get(d.id) ?? []).map((g): Diagnostic => ({
        reason: g.reason,
        ruleId: g.rule,
        severity: g.severity as Diagnostic['severity'],
        ...(g.span_start !== null && g.span_end !== null ? { span: { start: g.span_start, end: g.span_end } } : {}),
        ...(g.fatal ? { fatal: true } : {}),
      })),
    })),
    entities: entities.map((e) => ({
      id: e.key,
      name: e.name,
      type: e.type,
      country: e.country,
      aliases: (aliasesOf.get(e.key) ?? []).map((a) => a.alias).filter((a) => a !== e.name),
      roles: (rolesOf.get(e.key) ?? []).map((r) => ({
        title: r.title,
        doc: r.doc,
        span: { start: r.span_start, end: r.span_end },
        org: r.org,
        when: intervalOf(r.when_start, r.when_end, r.when_granularity) as TimeInterval | null,
        qualifier: r.qualifier,
      })),
    })),
    events: events.map((row) => ({ ...exportedEvent(row.id, row.doc, eventFromRow(row, refIn(row.doc)), row.cluster), evidence: row.evidence })),
    unasserted_events: unasserted.map((row) => {
      const local = (json: string | null) => (json ? [...new Set((JSON.parse(json) as string[]).map(refIn(row.doc)))] : null)
      return {
        id: row.id,
        doc: row.doc,
        type: row.type,
        cameo: row.cameo,
        plover: row.plover,
        modality: row.modality,
        actors: local(row.actors) ?? [],
        source: local(row.source_actors),
        target: local(row.target_actors),
        when: intervalOf(row.when_start, row.when_end, row.when_granularity),
        status: row.status,
        span: { start: row.span_start, end: row.span_end },
        trigger: { start: row.trigger_start, end: row.trigger_end },
        rule: row.rule,
        evidence: row.evidence,
      }
    }),
    indicators: indicators.map((row) => ({ ...exportedIndicator(row.id, row.doc, indicatorFromRow(row, refIn(row.doc))), evidence: row.evidence })),
    conflicts: conflicts.map((c): Conflict & { id: string } => ({
      id: c.id,
      kind: c.kind as Conflict['kind'],
      about: c.about,
      note: c.note,
      indicators: (membersOf.get(c.id) ?? []).filter((m) => m.kind === 'indicator').map((m) => m.record),
      events: (membersOf.get(c.id) ?? []).filter((m) => m.kind === 'event').map((m) => m.record),
    })),
  }
}

function publishedOf(d: { published_start: string | null; published_end: string | null; published_basis: string | null }): Published | null {
  if (!d.published_start || !d.published_end) return null
  return { start: d.published_start, end: d.published_end, basis: (d.published_basis ?? 'inferred') as Published['basis'] }
}
