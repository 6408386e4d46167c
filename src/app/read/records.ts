/**
 * The shapes the read service answers with: the API's OpenAPI schemas, the
 * CLI's --json and (generated from the OpenAPI document) the dashboard's
 * types all come from these.
 */
import { z } from 'zod'
import { QUAD_NAMES } from '../../shared/cameo-scale.js'

export const SpanSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .describe('UTF-16 offsets into the document text, end exclusive')
  .meta({ id: 'Span' })

export const IntervalSchema = z
  .object({ start: z.string(), end: z.string(), granularity: z.string() })
  .describe('A closed interval of ISO days')
  .meta({ id: 'TimeInterval' })

export const PublishedSchema = z.object({ start: z.string(), end: z.string(), basis: z.enum(['stated', 'inferred']) }).meta({ id: 'Published' })

export const PeriodSchema = z.union([z.object({ start: z.string(), end: z.string() }), z.object({ as_of: z.string() })]).meta({ id: 'Period' })

export const DiagnosticSchema = z
  .object({
    reason: z.string(),
    ruleId: z.string(),
    severity: z.enum(['info', 'warning', 'error']),
    span: SpanSchema.optional(),
    fatal: z.boolean().optional(),
  })
  .meta({ id: 'Diagnostic' })

/** An entity as records point to it: the resolved, global entity. */
export const EntityRef = z
  .object({
    id: z.string().describe('Global entity key, e.g. country:VN'),
    name: z.string(),
    type: z.string(),
  })
  .meta({ id: 'EntityRef' })

/** The document a record comes from. */
export const DocRef = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    lead: z.string().nullable().describe('The first words of its lead, naming a document that has no title'),
    outlet: z.string().nullable().describe("Who published it: the page's site name, a credit line in the text, or the URL's host"),
    source: z.string(),
    url: z.string().nullable(),
    published: PublishedSchema.nullable(),
  })
  .meta({ id: 'DocRef' })

export const ClusterRef = z
  .object({
    id: z.string(),
    mentions: z.number().int().describe('Event mentions in the cluster'),
    documents: z.number().int().describe('Documents reporting it'),
  })
  .meta({ id: 'ClusterRef' })

/** Where an event's code stands on the CAMEO scale (src/shared/cameo-scale.ts). */
const cameoScale = {
  quadClass: z.enum(QUAD_NAMES).nullable().describe('CAMEO quad class from the code: verbal/material cooperation/conflict; null if the code is not CAMEO'),
  weight: z.number().nullable().describe('Goldstein-style weight of the code, -10 (conflict) to +10 (cooperation)'),
}

/** One mention of an event in one document, with its evidence. */
export const EventRecord = z
  .object({
    id: z.string(),
    doc: z.string(),
    document: DocRef,
    type: z.string(),
    cameo: z.string(),
    plover: z.string(),
    ...cameoScale,
    actors: z.array(EntityRef),
    host: EntityRef.nullable(),
    place: EntityRef.nullable(),
    when: IntervalSchema.nullable(),
    whenBasis: z.string().nullable().describe('How `when` was reached: stated in the clause, inherited from an enclosing event, or the article date'),
    status: z.string(),
    count: z.number().int().nullable(),
    span: SpanSchema,
    trigger: SpanSchema,
    evidence: z.string().describe('The document text at span'),
    cluster: ClusterRef.nullable(),
    repeatOf: SpanSchema.nullable().describe(
      'For a restatement of an event of the same document (a headline, "his third visit"): the span of its main mention',
    ),
    pair: z.array(z.string()).nullable().describe('The two country keys of the document'),
    rule: z.string(),
  })
  .meta({ id: 'Event' })

/** One stated figure in one document. */
export const IndicatorRecord = z
  .object({
    id: z.string(),
    doc: z.string(),
    document: DocRef,
    indicator: z.string(),
    subject: EntityRef.nullable(),
    counterpart: EntityRef.nullable(),
    scope: z.string().nullable(),
    value: z.number(),
    unit: z.string(),
    bound: z.string(),
    period: PeriodSchema.nullable(),
    source: EntityRef.nullable().describe('Who the text credits for the figure'),
    span: SpanSchema,
    convertedFrom: SpanSchema.nullable(),
    evidence: z.string(),
    pair: z.array(z.string()).nullable(),
    rule: z.string(),
  })
  .meta({ id: 'Indicator' })

export const RoleRecord = z
  .object({
    id: z.string(),
    title: z.string(),
    org: EntityRef.nullable(),
    country: z.string().nullable(),
    doc: z.string(),
    document: DocRef,
    span: SpanSchema,
    evidence: z.string(),
    when: IntervalSchema.nullable(),
    qualifier: z.string().nullable(),
  })
  .meta({ id: 'Role' })

/** A real event: the cluster of its mentions, summarized. */
export const ClusterSummary = z
  .object({
    id: z.string(),
    type: z.string(),
    cameo: z.string(),
    ...cameoScale,
    status: z.string().describe('occurred if any mention reports it occurred'),
    when: IntervalSchema.nullable().describe('The interval the mentions give together (day-precise stated mentions joined; else the narrowest)'),
    actors: z.array(EntityRef),
    host: EntityRef.nullable(),
    place: EntityRef.nullable(),
    mentions: z.number().int(),
    documents: z.number().int(),
    evidence: z.string().describe('The evidence of the most precise mention'),
    pair: z.array(z.string()).nullable(),
  })
  .meta({ id: 'Cluster' })

export const ConflictRecord = z
  .object({
    id: z.string(),
    kind: z.string().describe('conflict, change_over_time or agreement'),
    about: z.string(),
    note: z.string(),
    pair: z.array(z.string()).nullable(),
    indicators: z.array(IndicatorRecord),
    events: z.array(EventRecord),
  })
  .meta({ id: 'Conflict' })

export const EntitySummary = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    country: z.string().nullable(),
    aliases: z.array(z.string()),
    documents: z.number().int().describe('Documents that mention it'),
  })
  .meta({ id: 'EntitySummary' })

// What names and places a document, shared by its summary and its full record.
const DocumentIdentity = {
  id: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  title: z.string().nullable(),
  lead: z.string().nullable().describe('The first words of its lead, naming a document that has no title'),
  outlet: z.string().nullable().describe("Who published it: the page's site name, a credit line in the text, or the URL's host"),
  published: PublishedSchema.nullable(),
  language: z.string().nullable(),
  pair: z.array(z.string()).nullable(),
  ingestedAt: z.string(),
}

export const DocumentSummary = z
  .object({
    ...DocumentIdentity,
    length: z.number().int().describe('Characters of text'),
    counts: z.object({ entities: z.number().int(), events: z.number().int(), indicators: z.number().int(), diagnostics: z.number().int() }),
  })
  .meta({ id: 'DocumentSummary' })

export const DocumentFull = z
  .object({
    ...DocumentIdentity,
    text: z.string(),
    hash: z.string(),
    version: z.number().int(),
    replaces: z.string().nullable(),
    diagnostics: z.array(DiagnosticSchema),
  })
  .meta({ id: 'Document' })

/** Every record read out of a document, positioned for highlighting. */
export const SpanRecord = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('entity'), id: z.string(), span: SpanSchema, text: z.string(), type: z.string(), entity: EntityRef }),
    z.object({ kind: z.literal('time'), id: z.string(), span: SpanSchema, text: z.string(), when: IntervalSchema.nullable(), asOf: z.boolean() }),
    z.object({
      kind: z.literal('event'),
      id: z.string(),
      span: SpanSchema,
      trigger: SpanSchema,
      type: z.string(),
      status: z.string(),
      when: IntervalSchema.nullable(),
      actors: z.array(EntityRef),
      cluster: z.string().nullable(),
    }),
    z.object({
      kind: z.literal('indicator'),
      id: z.string(),
      span: SpanSchema,
      indicator: z.string(),
      value: z.number(),
      unit: z.string(),
      bound: z.string(),
      period: PeriodSchema.nullable(),
      subject: EntityRef.nullable(),
      counterpart: EntityRef.nullable(),
    }),
    z.object({ kind: z.literal('role'), id: z.string(), span: SpanSchema, title: z.string(), entity: EntityRef }),
  ])
  .meta({ id: 'SpanRecord' })

export type EntityRef = z.infer<typeof EntityRef>
export type ClusterRef = z.infer<typeof ClusterRef>
export type DocRef = z.infer<typeof DocRef>
export type EventRecord = z.infer<typeof EventRecord>
export type IndicatorRecord = z.infer<typeof IndicatorRecord>
export type RoleRecord = z.infer<typeof RoleRecord>
export type ClusterSummary = z.infer<typeof ClusterSummary>
export type ConflictRecord = z.infer<typeof ConflictRecord>
export type EntitySummary = z.infer<typeof EntitySummary>
export type DocumentSummary = z.infer<typeof DocumentSummary>
export type DocumentFull = z.infer<typeof DocumentFull>
export type SpanRecord = z.infer<typeof SpanRecord>

/** One month of a relationship: occurred events on each side and their Goldstein sum. */
export const MonthBalance = z
  .object({
    month: z.string().describe('YYYY-MM, the month the event started'),
    cooperation: z.number().int().describe('Events of quad class verbal or material cooperation'),
    conflict: z.number().int().describe('Events of quad class verbal or material conflict'),
    goldstein: z.number().describe('Sum of the Goldstein-style weights of those events'),
  })
  .meta({ id: 'MonthBalance' })
export type MonthBalance = z.infer<typeof MonthBalance>
