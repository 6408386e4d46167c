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

// The schemas of stored values live with the read service (src/app/read/records.ts).
export { DiagnosticSchema, IntervalSchema, PeriodSchema, PublishedSchema, SpanSchema } from '../../app/read/records.js'

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

/** A page answer: the read service's list for the query's filters (all but `limit` and `offset`), with the paging asked for. */
export async function paged<Q extends { limit: number; offset: number }, T>(
  query: Q,
  list: (filters: Omit<Q, 'limit' | 'offset'>, limit: number, offset: number) => Promise<{ items: T[]; total: number }>,
) {
  const { limit, offset, ...filters } = query
  return { ...(await list(filters, limit, offset)), limit, offset }
}
