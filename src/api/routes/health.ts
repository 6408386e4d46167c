import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { storeReachable } from '../../app/read/index.js'
import { ErrorBody } from '../schemas/common.js'
import type { RouteOptions } from './index.js'

const Health = z.object({
  status: z.enum(['ok', 'unavailable']),
  backend: z.string().describe('sqlite or postgres'),
  version: z.string(),
  writable: z.boolean().describe('Whether write routes are enabled (DYAD_TOKEN set)'),
})

const health: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, token, version }) => {
  app.get(
    '/health',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['service'],
        summary: 'Is the service up and the store reachable?',
        querystring: z.object({}).strict(),
        response: { 200: Health, 400: ErrorBody, 503: Health },
      },
    },
    async (_request, reply) => {
      const base = { backend: store.backend.name, version, writable: Boolean(token) }
      if (await storeReachable(store)) return { status: 'ok' as const, ...base }
      return reply.code(503).send({ status: 'unavailable' as const, ...base })
    },
  )
}

export default health
