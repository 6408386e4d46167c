import type { Kysely } from 'kysely'
import type { Diagnostic, DocumentMeta, Extraction, Published, ReferenceHint } from '../model/types.js'
import type { ProcessInput } from '../pipeline/run.js'
import { crossDate, type DatingDocument } from '../resolve/dating.js'
import { deleteDocument } from '../store/delete-document.js'
import type { Database } from '../store/schema.js'
import { writeDocument } from '../store/write-document.js'
import { loadLinks } from './query/links.js'
import { eventFromRow, intervalOf } from './query/rows.js'
import { blocksOfDocs, type Affected, type Block } from './resolve/index.js'

/**
 * Cross-document dating in the store (src/resolve/dating.ts): documents of
 * the batch's pairs whose own date is weak borrow the date of a companion
 * reporting the same occasion, and are processed again with that reference
 * (or without it, when a hint no longer holds). Each re-processed document
 * is replaced in one transaction; returns what the replacements touched,
 * for resolution. A document already processed with the same hint is left
 * alone, so running it twice changes nothing.
 */
export async function crossDateStored(db: Kysely<Database>, batch: Iterable<string>, process: (input: ProcessInput) => Extraction): Promise<Affected & { docs: string[] }> {
  const batchIds = [...new Set(batch)]
  const touched = { docs: [] as string[], eventBlocks: [] as Block[], indicatorBlocks: [] as Block[] }
  if (batchIds.length === 0) return touched
  const pairs = (await db.selectFrom('documents').select('pair').distinct().where('id', 'in', batchIds).execute()).map((r) => r.pair)
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'pair', 'published_start', 'published_end', 'published_basis', 'reference_hint'])
    .where((eb) => eb.or([eb('id', 'in', batchIds), ...pairs.filter((p): p is string => p !== null).map((p) => eb('pair', '=', p))]))
    .orderBy('id')
    .execute()
  const ids = rows.map((r) => r.id)
  const ref = await loadLinks(db, ids)
  const events = await db.selectFrom('events').selectAll().where('doc', 'in', ids).orderBy('doc').orderBy('span_start').orderBy('id').execute()
  const times = await db.selectFrom('time_mentions').selectAll().where('doc', 'in', ids).orderBy('span_start').orderBy('id').execute()
  const diagnostics = await db.selectFrom('diagnostics').selectAll().where('doc', 'in', ids).orderBy('id').execute()
  const docs: DatingDocument[] = rows.map((r) => ({
    id: r.id,
    published: publishedOf(r),
    events: events.filter((e) => e.doc === r.id).map((e) => eventFromRow(e, (k) => ref(r.id, k))),
    times: times
      .filter((t) => t.doc === r.id)
      .map((t) => ({ kind: 'time' as const, span: { start: t.span_start, end: t.span_end }, text: t.text, value: intervalOf(t.start, t.end, t.granularity), asOf: t.as_of === 1, ruleId: t.rule })),
    diagnostics: diagnostics
      .filter((g) => g.doc === r.id)
      .map((g): Diagnostic => ({ reason: g.reason, ruleId: g.rule, severity: g.severity as Diagnostic['severity'] })),
  }))
  const hints = crossDate(docs)
  for (const r of rows) {
    const hint = hints.get(r.id)
    const wanted: ReferenceHint | null = hint ? { reference: hint.reference, published: hint.published, reasoning: hint.reasoning } : null
    const now = wanted ? JSON.stringify(wanted) : null
    if (now === r.reference_hint) continue
    await reprocess(db, r.id, wanted, process, touched)
  }
  return touched
}

async function reprocess(db: Kysely<Database>, id: string, hint: ReferenceHint | null, process: (input: ProcessInput) => Extraction, touched: { docs: string[]; eventBlocks: Block[]; indicatorBlocks: Block[] }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const meta: DocumentMeta = { ...(row.meta ? JSON.parse(row.meta) : {}), ...(row.url ? { url: row.url } : {}), ...(row.title ? { title: row.title } : {}) }
    const extraction = process({ docId: id, source: row.source, text: row.text, meta: hint ? { ...meta, referenceHint: hint } : meta })
    // Diagnostics of the source (reading, encoding) were stored with the extraction's; keep the ingest ones.
    const sourceDiagnostics = (await trx.selectFrom('diagnostics').selectAll().where('doc', '=', id).where('rule', 'like', 'ingest:%').orderBy('id').execute()).map(
      (g): Diagnostic => ({ reason: g.reason, ruleId: g.rule, severity: g.severity as Diagnostic['severity'], ...(g.span_start !== null && g.span_end !== null ? { span: { start: g.span_start, end: g.span_end } } : {}) }),
    )
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
  })
}

function publishedOf(r: { published_start: string | null; published_end: string | null; published_basis: string | null }): Published | null {
  return r.published_start && r.published_end ? { start: r.published_start, end: r.published_end, basis: (r.published_basis ?? 'inferred') as Published['basis'] } : null
}
