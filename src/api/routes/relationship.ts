import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { relationshipSummary } from '../../app/relationship/index.js'
import { listPairs, monthlyBalance } from '../../app/read/index.js'
import { MonthBalance } from '../schemas/records.js'
import { ApiError } from '../errors.js'
import { ErrorBody, PublishedSchema, readErrors } from '../schemas/common.js'
import { pair } from '../schemas/params.js'
import type { RouteOptions } from './index.js'

const Statement = z.object({
  topic: z.enum(['contacts', 'planned', 'agreements', 'figures', 'conflicts', 'balance', 'counts']),
  text: z.string(),
  docs: z.array(z.string()).describe('Ids of the documents that state it'),
})

const Summary = z
  .object({
    pair: z.string(),
    countries: z.array(z.string()),
    statements: z.array(Statement).describe('Where the relationship stands, one sentence per topic'),
    headline: z.array(z.object({ id: z.string(), doc: z.string(), sentence: z.string(), trend: z.enum(['up', 'down', 'unchanged']).nullable() })),
    tallies: z.array(z.object({ id: z.string(), text: z.string(), doc: z.string() })).describe('Events counted over a span: show as counts, not bars'),
    balance: z.object({
      verbalCooperation: z.number().int(),
      materialCooperation: z.number().int(),
      verbalConflict: z.number().int(),
      materialConflict: z.number().int(),
      uncoded: z.number().int(),
    }),
    focus: z.object({ from: z.string(), to: z.string() }).nullable().describe('The span where the pair’s events are, for opening a timeline'),
    sources: z.array(
      z.object({
        id: z.string(),
        title: z.string().nullable(),
        lead: z.string().nullable(),
        outlet: z.string().nullable(),
        source: z.string(),
        url: z.string().nullable(),
        published: PublishedSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'RelationshipSummary' })

/** GET /api/summary?pair=VN,CN: the written summary the brief and `dyad summary --pair` show. */
const relationship: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/summary',
    {
      schema: {
        operationId: 'getRelationshipSummary',
        tags: ['records'],
        summary: 'Where a relationship stands: contacts, agreements, headline figures, conflicts, balance, with sources',
        querystring: z.object({ pair }).strict(),
        response: { 200: Summary, 404: ErrorBody, ...readErrors },
      },
    },
    async (request) => {
      const pair = request.query.pair
      if (!(await listPairs(store.db)).some((p) => p.pair === pair.stored)) throw new ApiError(404, `no data for the pair ${pair.keys.join(',')}`, 'pair')
      return relationshipSummary(store.db, pair)
    },
  )
  app.get(
    '/balance',
    {
      schema: {
        operationId: 'getMonthlyBalance',
        tags: ['records'],
        summary: 'The balance of a relationship per month: occurred events on the cooperation and conflict sides, and their Goldstein sum',
        querystring: z.object({ pair }).strict(),
        response: { 200: z.object({ pair: z.array(z.string()), months: z.array(MonthBalance) }), 404: ErrorBody, ...readErrors },
      },
    },
    async (request) => {
      const pair = request.query.pair
      if (!(await listPairs(store.db)).some((p) => p.pair === pair.stored)) throw new ApiError(404, `no data for the pair ${pair.keys.join(',')}`, 'pair')
      return { pair: [...pair.keys], months: await monthlyBalance(store.db, pair) }
    },
  )
}

export default relationship
