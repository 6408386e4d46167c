import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../errors.js'
import { getEntity, listEntities } from '../../app/read/index.js'
import { idErrors } from '../schemas/common.js'
import { entityFilters, IdParam, pair, paging } from '../schemas/params.js'
import { EntitySummary, EventRecord, RoleRecord } from '../schemas/records.js'
import type { RouteOptions } from './index.js'
import { listRoute } from './list-route.js'

export { ENTITY_TYPES } from '../schemas/params.js'

const entities: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  listRoute(
    app,
    '/entities',
    { operationId: 'listEntities', tags: ['entities'], summary: 'Resolved entities, most widely reported first' },
    {
      querystring: z
        .object({ ...paging, ...entityFilters, pair: pair.optional().describe('Only entities named in the documents of this pair') })
        .strict(),
      item: EntitySummary,
    },
    (filters, limit, offset) => listEntities(store.db, filters, limit, offset),
  )

  app.get(
    '/entities/:id',
    {
      schema: {
        operationId: 'getEntity',
        tags: ['entities'],
        summary: 'An entity: aliases, roles over time, the events it takes part in',
        params: IdParam,
        querystring: z.object({ pair: pair.optional().describe('Only the events of this pair') }).strict(),
        response: { 200: z.object({ entity: EntitySummary, roles: z.array(RoleRecord), events: z.array(EventRecord) }), ...idErrors },
      },
    },
    async (request) => {
      const found = await getEntity(store.db, request.params.id, request.query.pair)
      if (!found) throw notFound('entity', request.params.id)
      return found
    },
  )
}

export default entities
