import type { Kysely, Selectable } from 'kysely'
import type { Diagnostic, DocumentMeta, EventMention, Extraction, Published, ReferenceHint, TimeMention } from '../model/types.js'
import type { ProcessInput } from '../pipeline/run.js'
import { crossDate, needsDating, type DatingDocument } from '../resolve/dating.js'
import { deleteDocument } from '../store/delete-document.js'
import type { Database, DocumentsTable, EventsTable } from '../store/schema.js'
import { chunks } from '../util/chunks.js'
import { writeDocument } from '../store/write-document.js'
import { loadLinks } from './query/links.js'
import { eventFromRow, intervalOf } from './query/rows.js'
import { isRefused, type Extract } from './extract-pool.js'
import { hintChangesNothing, recordIdleHint, redateInPlace, redatesInPlace, type DatedRow } from './redate.js'
import { blocksOfDocs, type Affected, type Block } from './resolve/index.js'

export interface CrossDateOptions {
  /** The pipeline over several documents at once (worker threads), results in input order; `process` otherwise. */
  readonly extract?: Extract
  /** Rewrite re-dated documents in one transaction per REDATE_BATCH (SQLite) instead of one each. */
  readonly oneTransaction?: boolean
}

/**
 * Cross-document dating in the store (src/resolve/dating.ts): documents of
 * the batch's pairs whose own date is weak borrow the date of a companion
 * reporting the same occasion. A borrowed date with the reference day the
 * document was read with re-dates its stored records in place when the
 * facts its run kept allow (src/app/redate.ts: the hint is kept on its row,
 * its dating diagnostic names the companion, and what the window dates
 * moves), without running the pipeline; a lent year its run found it would
 * not take (`hintChangesNothing`) is only recorded on its row. Otherwise the
 * document is processed again with that reference (or without it, when a
 * hint no longer holds) and replaced in one transaction (docs/design-notes.md
 * says which and why); returns what the replacements touched, for resolution. A
 * document already processed with the same hint is left alone, so running it
 * twice changes nothing.
 */
export async function crossDateStored(
  db: Kysely<Database>,
  batch: Iterable<string>,
  process: (input: ProcessInput) => Extraction,
  options: CrossDateOptions = {},
): Promise<Affected & { docs: string[] }> {
  const batchIds = [...new Set(batch)]
  const touched = { docs: [] as string[], eventBlocks: [] as Block[], indicatorBlocks: [] as Block[] }
  if (batchIds.length === 0) return touched
  // What to re-date is worked out apart: the documents read for it (a large
  // ingest's pairs, events and times) are let go before any is re-extracted.
  const { redo, inPlace, hintOnly } = await redatings(db, batchIds)
  if (inPlace.length > 0 || hintOnly.length > 0)
    await db.transaction().execute(async (trx) => {
      // Its records stand as they are (no record moves, nothing to resolve again).
      for (const { row, hint } of hintOnly) await recordIdleHint(trx, row, hint)
      for (const { row, hint } of inPlace) {
        // A window that moves moves records: their blocks are resolved again, as for a document read again.
        const moves = row.published_start !== hint.published.start || row.published_end !== hint.published.end
        if (moves) {
          const old = await blocksOfDocs(trx, [row.id])
          touched.eventBlocks.push(...old.events)
          touched.indicatorBlocks.push(...old.indicators)
        }
        await redateInPlace(trx, row, hint)
        if (moves) touched.docs.push(row.id)
      }
    })
  if (redo.length === 0) return touched
  // Documents are rewritten only by this step while it runs (resolution runs alone). A few at a
  // time: a large ingest may re-date hundreds, and their texts and extractions held all at once
  // were most of its peak memory.
  for (const part of chunks(redo, REDATE_BATCH)) await redate(db, part, process, options, touched)
  return touched
}

/** The documents to re-date: in place (the facts kept allow it) or by extracting them again. */
async function redatings(db: Kysely<Database>, batchIds: readonly string[]): Promise<Redatings> {
  const redo: Redatings['redo'] = []
  const inPlace: Redatings['inPlace'] = []
  const hintOnly: Redatings['hintOnly'] = []
  const batchRows = await db.selectFrom('documents').select(DOC_COLUMNS).where('id', 'in', batchIds).execute()
  const pairs = [...new Set(batchRows.map((r) => r.pair).filter((p): p is string => p !== null))]
  // Only a document whose own date is weak borrows: the batch's, and those
  // of its pairs without a stated date (a new companion may date them). When
  // none needs it, nothing else is read: the usual case costs one query.
  const weak =
    pairs.length === 0
      ? []
      : await db
          .selectFrom('documents')
          .select(DOC_COLUMNS)
          .where('pair', 'in', pairs)
          .where((eb) => eb.or([eb('published_basis', 'is', null), eb('published_basis', '!=', 'stated')]))
          .execute()
  // Whether a document needs dating reads its date and times, not its events.
  const candidates = await datingDocuments(db, uniqueById([...batchRows, ...weak]), { events: false })
  const borrowers = candidates.filter(needsDating)
  if (borrowers.length === 0) return { redo, inPlace, hintOnly }
  // Companions come from the borrowers' pairs (and the batch itself).
  const pairOf = new Map([...batchRows, ...weak].map((r) => [r.id, r.pair]))
  const borrowerPairs = [...new Set(borrowers.map((b) => pairOf.get(b.id)).filter((p): p is string => !!p))]
  const rows = uniqueById([
    ...batchRows,
    ...(await db
      .selectFrom('documents')
      .select(DOC_COLUMNS)
      .where('pair', 'in', borrowerPairs.length > 0 ? borrowerPairs : [''])
      .execute()),
  ]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const hints = crossDate(await datingDocuments(db, rows))
  for (const r of rows) {
    const hint = hints.get(r.id)
    const wanted: ReferenceHint | null = hint
      ? { reference: hint.reference, published: hint.published, reasoning: hint.reasoning, ...(hint.year !== undefined ? { year: hint.year } : {}) }
      : null
    const now = wanted ? JSON.stringify(wanted) : null
    if (now === r.reference_hint) continue
    if (hintChangesNothing(r, wanted)) hintOnly.push({ row: r, hint: wanted })
    else if (wanted && redatesInPlace(r, wanted)) inPlace.push({ row: r, hint: wanted })
    else redo.push({ id: r.id, hint: wanted })
  }
  return { redo, inPlace, hintOnly }
}

/**
 * What re-dating does to each document whose hint changes: `hintOnly`, the
 * hint is recorded and the records stand (a lent year its run found idle);
 * `inPlace`, the stored records move with the window (same reference day);
 * `redo`, the pipeline runs again (see docs/store.md, "Cross-document dating").
 */
interface Redatings {
  readonly redo: { id: string; hint: ReferenceHint | null }[]
  readonly inPlace: { row: DocRow; hint: ReferenceHint }[]
  readonly hintOnly: { row: DocRow; hint: ReferenceHint | null }[]
}

/** Documents re-extracted and rewritten together (one transaction on SQLite). */
const REDATE_BATCH = 64

/** Extract some documents again with their new hints and replace their records. */
async function redate(
  db: Kysely<Database>,
  redo: readonly { id: string; hint: ReferenceHint | null }[],
  process: (input: ProcessInput) => Extraction,
  options: CrossDateOptions,
  touched: { docs: string[]; eventBlocks: Block[]; indicatorBlocks: Block[] },
): Promise<void> {
  const stored = new Map<string, Selectable<DocumentsTable>>()
  for (const row of await db
    .selectFrom('documents')
    .selectAll()
    .where(
      'id',
      'in',
      redo.map((r) => r.id),
    )
    .execute())
    stored.set(row.id, row)
  const inputs = redo.map(({ id, hint }) => {
    const row = stored.get(id)
    if (!row) throw new Error(`cross-document dating: document ${id} is no longer stored`)
    const meta: DocumentMeta = { ...(row.meta ? JSON.parse(row.meta) : {}), ...(row.url ? { url: row.url } : {}), ...(row.title ? { title: row.title } : {}) }
    return { docId: id, source: row.source, text: row.text, meta: hint ? { ...meta, referenceHint: hint } : meta }
  })
  const extractions = options.extract ? await options.extract(inputs) : inputs.map((input) => process(input))
  const rewrite = async (trx: Kysely<Database>, k: number) => {
    const extraction = extractions[k]
    if (extraction instanceof Error) throw extraction
    if (isRefused(extraction)) throw new Error(`cross-document dating: document ${redo[k].id} refused for its language`)
    await rewriteDocument(trx, stored.get(redo[k].id)!, redo[k].hint, extraction, touched)
  }
  // One transaction for the batch on SQLite (one commit); on PostgreSQL one per document, as storing does (see DEFAULT_BATCH).
  if (options.oneTransaction)
    await db.transaction().execute(async (trx) => {
      for (let k = 0; k < redo.length; k++) await rewrite(trx, k)
    })
  else for (let k = 0; k < redo.length; k++) await db.transaction().execute((trx) => rewrite(trx, k))
}

/** Replace one stored document's records with a new extraction of it (same id, text, version and ingest time). */
async function rewriteDocument(
  trx: Kysely<Database>,
  row: Selectable<DocumentsTable>,
  hint: ReferenceHint | null,
  extraction: Extraction,
  touched: { docs: string[]; eventBlocks: Block[]; indicatorBlocks: Block[] },
): Promise<void> {
  const id = row.id
  // Diagnostics of the source (reading, encoding) were stored with the extraction's; keep the ingest ones.
  const sourceDiagnostics = (
    await trx.selectFrom('diagnostics').selectAll().where('doc', '=', id).where('rule', 'like', 'ingest:%').orderBy('id').execute()
  ).map((g): Diagnostic => ({
    reason: g.reason,
    ruleId: g.rule,
    severity: g.severity as Diagnostic['severity'],
    ...(g.span_start !== null && g.span_end !== null ? { span: { start: g.span_start, end: g.span_end } } : {}),
  }))
  const old = await blocksOfDocs(trx, [id])
  touched.eventBlocks.push(...old.events)
  touched.indicatorBlocks.push(...old.indicators)
  await deleteDocument(trx, id)
  await writeDocument(trx, {
    document: {
      id,
      source: row.source,
      url: row.url,
      title: row.title,
      text: row.text,
      hash: row.hash,
      published: extraction.published,
      language: extraction.language,
      diagnostics: [...sourceDiagnostics, ...extraction.diagnostics],
    },
    extraction,
    pair: row.pair,
    ingestedAt: row.ingested_at,
    version: row.version,
    replaces: row.replaces,
    meta: row.meta ? JSON.parse(row.meta) : null,
    referenceHint: hint,
  })
  touched.docs.push(id)
}

const DOC_COLUMNS = ['id', 'pair', 'published_start', 'published_end', 'published_basis', 'reference_hint', 'window_facts'] as const

type DocRow = DatedRow & { pair: string | null }

function uniqueById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()]
}

/**
 * Stored documents as crossDate reads them: date, events with global
 * entities, times, and whether the date was borrowed (processed with a hint
 * and no date of its own stated: the hint kept on the row says so).
 */
async function datingDocuments(db: Kysely<Database>, rows: readonly DocRow[], { events: withEvents = true } = {}): Promise<DatingDocument[]> {
  const ids = rows.map((r) => r.id)
  const ref = withEvents ? await loadLinks(db, ids) : null
  const events = new Map<string, EventMention[]>()
  const times = new Map<string, TimeMention[]>()
  const push = <T>(map: Map<string, T[]>, doc: string, value: T) => {
    const list = map.get(doc)
    if (list) list.push(value)
    else map.set(doc, [value])
  }
  for (const part of chunks(ids)) {
    if (ref) {
      // Not the evidence (the longest column; eventFromRow does not read it): a large ingest's pairs hold tens of thousands of events.
      for (const e of await db
        .selectFrom('events')
        .select(EVENT_COLUMNS)
        .where('doc', 'in', part)
        .orderBy('doc')
        .orderBy('span_start')
        .orderBy('id')
        .execute()) {
        push(
          events,
          e.doc,
          eventFromRow(Object.assign({}, UNREAD_EVENT, e), (k) => ref(e.doc, k)),
        )
      }
    }
    for (const t of await db.selectFrom('time_mentions').selectAll().where('doc', 'in', part).orderBy('span_start').orderBy('id').execute()) {
      push(times, t.doc, {
        kind: 'time' as const,
        span: { start: t.span_start, end: t.span_end },
        text: t.text,
        value: intervalOf(t.start, t.end, t.granularity),
        asOf: t.as_of === 1,
        ruleId: t.rule,
      })
    }
  }
  return rows.map((r) => ({
    id: r.id,
    published: publishedOf(r),
    events: events.get(r.id) ?? [],
    times: times.get(r.id) ?? [],
    borrowed: r.reference_hint !== null && r.published_basis !== 'stated',
    pair: r.pair,
  }))
}

/** The event columns eventFromRow reads (and the document, for the links). */
const EVENT_COLUMNS = [
  'id',
  'doc',
  'type',
  'cameo',
  'plover',
  'actors',
  'source_actors',
  'target_actors',
  'when_basis',
  'host',
  'place',
  'when_start',
  'when_end',
  'when_granularity',
  'status',
  'count',
  'span_start',
  'span_end',
  'trigger_start',
  'trigger_end',
  'repeat_start',
  'repeat_end',
  'rule',
] as const satisfies readonly (keyof Selectable<EventsTable>)[]

const UNREAD_EVENT = { evidence: '', cluster: null, pair: null } satisfies Omit<Selectable<EventsTable>, (typeof EVENT_COLUMNS)[number]>

function publishedOf(r: { published_start: string | null; published_end: string | null; published_basis: string | null }): Published | null {
  return r.published_start && r.published_end
    ? { start: r.published_start, end: r.published_end, basis: (r.published_basis ?? 'inferred') as Published['basis'] }
    : null
}
