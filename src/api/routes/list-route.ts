import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { z } from 'zod'
import { page, paged, readErrors } from '../schemas/common.js'
import type { RouteOptions } from './index.js'

type App = Parameters<FastifyPluginAsyncZod<RouteOptions>>[0]
type Paging = { limit: number; offset: number }

/** What the OpenAPI document says of a route. */
export interface RouteDoc {
  readonly operationId: string
  readonly tags: string[]
  readonly summary: string
}

/**
 * GET `path`: a page of `item`s from the read service's `list`, filtered by
 * the query (all but `limit` and `offset`). Every listing route answers the
 * same way, so it is declared once.
 */
export function listRoute<Q extends z.ZodType<Paging>, I extends z.ZodType>(
  app: App,
  path: string,
  doc: RouteDoc,
  schema: { readonly querystring: Q; readonly item: I },
  list: (filters: Omit<z.output<Q>, keyof Paging>, limit: number, offset: number) => Promise<{ items: z.output<I>[]; total: number }>,
): void {
  app.get(path, { schema: { ...doc, querystring: schema.querystring, response: { 200: page(schema.item), ...readErrors } } }, async (request) =>
    paged(request.query as z.output<Q>, list),
  )
}
