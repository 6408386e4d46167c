import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { conflictsOf, findIndicators, listConflicts, buildSeries } from '../../app/read/index.js'
import { PeriodSchema, readErrors } from '../schemas/common.js'
import { conflictKind, indicatorName, pair } from '../schemas/params.js'
import { ConflictRecord, EntityRef, IndicatorRecord } from '../schemas/records.js'
import type { RouteOptions } from './index.js'

const Point = z.object({
  period: PeriodSchema.nullable(),
  value: z.number().describe('The value most sources give'),
  bound: z.string(),
  unit: z.string(),
  disputed: z.boolean().describe('Sources of this point disagree beyond rounding'),
  conflicts: z.array(z.string()).describe('Ids of the real conflicts its figures are in (agreements and changes over time are not conflicts)'),
  sources: z.array(IndicatorRecord).describe('Every figure stating this point, with document and evidence'),
})

const Series = z
  .object({
    key: z.string(),
    indicator: z.string(),
    subject: EntityRef.nullable(),
    counterpart: EntityRef.nullable(),
    scope: z.string().nullable(),
    unit: z.string(),
    points: z.array(Point),
  })
  .meta({ id: 'Series' })

const indicators: FastifyPluginAsyncZod<RouteOptions> = async (app, { store }) => {
  app.get(
    '/indicators',
    {
      schema: {
        operationId: 'listIndicators',
        tags: ['indicators'],
        summary: 'Figures grouped as series (indicator, subject, counterpart, scope, unit) of points by period, with their sources and conflicts',
        querystring: z.object({ indicator: indicatorName.optional(), pair: pair.optional() }).strict(),
        response: {
          200: z.object({ series: z.array(Series), conflicts: z.array(ConflictRecord), truncated: z.boolean() }),
          ...readErrors,
        },
      },
    },
    async (request) => {
      const { records, truncated } = await findIndicators(store.db, request.query)
      const ids = records.map((r) => r.id)
      const memberOf = await conflictsOf(store.db, ids)
      const conflictIds = [...new Set([...memberOf.values()].flat())]
      // A point is marked by real conflicts only; its agreements and series come in `conflicts` with their kind.
      return {
        series: buildSeries(records, await conflictsOf(store.db, ids, 'conflict')),
        conflicts: await listConflicts(store.db, { ids: conflictIds }),
        truncated,
      }
    },
  )

  app.get(
    '/conflicts',
    {
      schema: {
        operationId: 'listConflicts',
        tags: ['indicators'],
        summary: 'Figures (or events) that cannot all be true; agreements and changes over time with kind',
        querystring: z
          .object({
            kind: conflictKind.default('conflict'),
            pair: pair.optional(),
          })
          .strict(),
        response: { 200: z.object({ items: z.array(ConflictRecord) }), ...readErrors },
      },
    },
    async (request) => {
      const { kind, pair: keys } = request.query
      return { items: await listConflicts(store.db, { ...(kind === 'all' ? {} : { kind }), ...(keys ? { pair: keys } : {}) }) }
    },
  )
}

export default indicators
