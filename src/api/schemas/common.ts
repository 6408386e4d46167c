import { z } from 'zod'

/** The error body of every failed request. */
export const ErrorBody = z
  .object({
    error: z.string().describe('HTTP reason phrase, e.g. "Bad Request"'),
    message: z.string().describe('What went wrong, in words'),
    field: z.string().nullable().describe('The request field at fault (query, path or body), or null'),
  })
  .meta({ id: 'Error' })

export type ErrorBody = z.infer<typeof ErrorBody>

export const SpanSchema = z
  .object({ start: z.number().int(), end: z.number().int() })
  .describe('UTF-16 offsets into the document text, end exclusive')
  .meta({ id: 'Span' })

export const IntervalSchema = z
  .object({ start: z.string(), end: z.string(), granularity: z.string() })
  .describe('A closed interval of ISO days')
  .meta({ id: 'TimeInterval' })

export const PublishedSchema = z
  .object({ start: z.string(), end: z.string(), basis: z.enum(['stated', 'inferred']) })
  .meta({ id: 'Published' })

export const PeriodSchema = z
  .union([z.object({ start: z.string(), end: z.string() }), z.object({ as_of: z.string() })])
  .meta({ id: 'Period' })

export const DiagnosticSchema = z
  .object({
    reason: z.string(),
    ruleId: z.string(),
    severity: z.enum(['info', 'warning', 'error']),
    span: SpanSchema.optional(),
    fatal: z.boolean().optional(),
  })
  .meta({ id: 'Diagnostic' })

/** Error responses every read route may give. */
export const readErrors = { 400: ErrorBody, 500: ErrorBody }
/** Error responses of routes with an id in the path. */
export const idErrors = { 400: ErrorBody, 404: ErrorBody, 500: ErrorBody }
/** Error responses of the write routes. */
export const writeErrors = { 400: ErrorBody, 401: ErrorBody, 404: ErrorBody, 413: ErrorBody, 415: ErrorBody, 500: ErrorBody }

/** Paging: a page of `items` out of `total`. */
export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().describe('How many items match, over all pages'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
}
