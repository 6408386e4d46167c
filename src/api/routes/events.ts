import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { notFound } from '../errors.js'
import { getCluster, timeline, resolveActor, getEventRow, listEvents, type EventFilters, type Db } from '../../app/read/index.js'
import { idErrors, readErrors } from '../schemas/common.js'
import { eventFilters as sharedEventFilters, flag, IdParam, orderedDates, paging, text } from '../schemas/params.js'
import { ClusterSummary, EventRecord } from '../schemas/records.js'
import type { RouteOptions } from './index.js'
import { listRoute } from './list-route.js'

/** Filters shared by /events and /timeline (the CLI takes the same ones). */
const eventFilters = {
  ...sharedEventFilters,
  q: text('q').optional().describe('Words in the evidence'),
  side: z
    .enum(['cooperation', 'conflict'], { error: (issue) => `side must be cooperation or conflict (got "${String(issue.input)}")` })
    .optional()
    .describe('Only events of CAMEO quad class verbal or material cooperation, or conflict'),
}

type FilterQuery = { [K in keyof typeof eventFilters]?: z.output<(typeof eventFilters)[K]> }

const undated = flag.default(false).describe('Also list real events with no known time (at the end)')

/** Query parameters -> query filters (an actor name becomes entity keys). */
async function toFilters(db: Db, q: FilterQuery): Promise<EventFilters> {
  const { actor, ...rest } = q
  return { ...rest, ...(actor ? { actors: await resolveActor(db, actor) } : {}) }
}

const ClusterBody = z.object({ cluster: ClusterSummary, mentions: z.array(EventRecord) })

const events: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  listRoute(
    app,
    '/events',
    { operationId: 'listEvents', tags: ['events'], summary: 'Event mentions with their evidence and cluster, latest first' },
    {
      querystring: z
        .object({ ...paging, ...eventFilters })
        .strict()
        .superRefine(orderedDates),
      item: EventRecord,
    },
    async (query, limit, offset) => listEvents(store.db, await toFilters(store.db, query), limit, offset),
  )

  app.get(
    '/events/:id',
    {
      schema: {
        operationId: 'getEvent',
        tags: ['events'],
        summary: 'One event mention, its cluster and every mention of the same real event across documents',
        params: IdParam,
        querystring: z.object({}).strict(),
        response: { 200: z.object({ event: EventRecord, cluster: ClusterSummary, mentions: z.array(EventRecord) }), ...idErrors },
      },
    },
    async (request) => {
      const row = await getEventRow(store.db, request.params.id)
      if (!row) throw notFound('event', request.params.id)
      const found = (await getCluster(store.db, row.cluster ?? row.id))!
      return { event: found.mentions.find((m) => m.id === row.id)!, ...found }
    },
  )

  app.get(
    '/clusters/:id',
    {
      schema: {
        operationId: 'getCluster',
        tags: ['events'],
        summary: 'A real event: the cluster of its mentions',
        params: IdParam,
        querystring: z.object({}).strict(),
        response: { 200: ClusterBody, ...idErrors },
      },
    },
    async (request) => {
      const found = await getCluster(store.db, request.params.id)
      if (!found) throw notFound('cluster', request.params.id)
      return found
    },
  )

  app.get(
    '/timeline',
    {
      schema: {
        operationId: 'getTimeline',
        tags: ['events'],
        summary: 'Real events (clusters) in time order, oldest first; with undated=true the undated ones too, last',
        querystring: z
          .object({ ...eventFilters, undated })
          .strict()
          .superRefine(orderedDates),
        response: {
          200: z.object({
            pair: z.array(z.string()).nullable(),
            items: z.array(ClusterSummary),
            truncated: z.boolean().describe('True when more mentions matched than one timeline reads'),
          }),
          ...readErrors,
        },
      },
    },
    async (request) => {
      const { undated: withUndated, ...query } = request.query
      const result = await timeline(store.db, await toFilters(store.db, query), { undated: withUndated })
      return { pair: query.pair ? [...query.pair.keys] : null, ...result }
    },
  )
}

export default events
