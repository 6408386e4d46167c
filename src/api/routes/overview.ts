import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { searchText, stats } from '../../app/read/index.js'
import { readErrors } from '../schemas/common.js'
import { text } from '../schemas/params.js'
import { ClusterSummary, DocRef, EntityRef, IndicatorRecord } from '../schemas/records.js'
import type { RouteOptions } from './index.js'

const Hit = z.object({
  kind: z.string().describe('document, or the kind of record whose evidence matched'),
  doc: z.string(),
  record: z.string().describe('The record id (the document id for document text)'),
  snippet: z.string().describe('An excerpt; matched words are marked with [ and ]'),
  rank: z.number(),
  document: DocRef,
})

const Range = z.object({ from: z.string().nullable(), to: z.string().nullable() })

const Stats = z.object({
  counts: z.object({
    documents: z.number().int(),
    entities: z.number().int(),
    events: z.number().int(),
    clusters: z.number().int(),
    indicators: z.number().int(),
    conflicts: z.number().int().describe('Figures of one quantity and period that cannot all be true'),
    agreements: z.number().int().describe('Figures of one quantity and period from several sources that agree'),
    changes_over_time: z.number().int().describe('Quantities stated for several periods (not conflicts)'),
    diagnostics: z.number().int(),
  }),
  pairs: z.array(
    z.object({ pair: z.array(z.string()), names: z.array(EntityRef), documents: z.number().int(), events: z.number().int(), indicators: z.number().int() }),
  ),
  range: z.object({ events: Range, published: Range }),
  latest: z.array(ClusterSummary).describe('The latest real events that happened (plans are not news yet), newest first'),
  headline: z.array(IndicatorRecord).describe('The newest figure of each leading indicator and pair'),
})

const overview: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        tags: ['service'],
        summary: 'Full-text search over document texts and record evidence',
        querystring: z
          .object({
            q: text('q').describe('Plain words (all must occur; the last may be a prefix)'),
            limit: z.coerce.number().int().min(1).max(200).default(20),
          })
          .strict(),
        response: { 200: z.object({ q: z.string(), hits: z.array(Hit) }), ...readErrors },
      },
    },
    async (request) => ({ q: request.query.q, hits: await searchText(store, request.query.q, request.query.limit) }),
  )

  app.get(
    '/stats',
    {
      schema: {
        operationId: 'getStats',
        tags: ['service'],
        summary: 'The overview: counts, pairs present, latest events, headline figures',
        querystring: z.object({}).strict(),
        response: { 200: Stats, ...readErrors },
      },
    },
    async () => stats(store.db),
  )
}

export default overview
