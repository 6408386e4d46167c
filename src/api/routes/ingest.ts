import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireToken } from '../auth.js'
import { ApiError } from '../errors.js'
import { IngestBody } from '../ingest-body.js'
import { writeErrors } from '../schemas/common.js'
import type { RouteOptions } from './index.js'

const Outcome = z.enum(['new', 'replaced', 'unchanged', 'failed'])

const IngestResult = z.object({
  outcome: Outcome.describe('new or replaced (201), unchanged when the same text is already stored (200)'),
  documents: z.array(z.object({ id: z.string().nullable(), source: z.string(), outcome: Outcome })),
  records: z.object({
    entities: z.number().int(),
    events: z.number().int(),
    indicators: z.number().int(),
    times: z.number().int(),
    diagnostics: z.number().int(),
  }),
  failures: z.array(z.object({ source: z.string(), reason: z.string(), ruleId: z.string() })),
})

const ingest: FastifyPluginAsyncZod<RouteOptions> = async (app, { writer, token }) => {
  app.post(
    '/ingest',
    {
      onRequest: requireToken(token),
      schema: {
        operationId: 'ingest',
        tags: ['service'],
        summary: 'Read one article (text or HTML) or a feed and store what it says (needs the bearer token)',
        security: [{ bearer: [] }],
        body: IngestBody,
        response: { 200: IngestResult, 201: IngestResult, 422: writeErrors[400], ...writeErrors },
      },
    },
    async (request, reply) => {
      const report = await writer.write(request.body)
      const stored = report.documents.filter((d) => d.outcome !== 'failed')
      if (stored.length === 0) {
        const reason = report.failures[0]?.reason ?? 'nothing to ingest'
        // A rule that threw (bug:<stage>/<rule>) is the server's fault, not the body's.
        if (report.failures[0]?.ruleId.startsWith('bug:')) throw new ApiError(500, reason, null)
        throw new ApiError(422, reason, request.body.text !== undefined ? 'text' : request.body.html !== undefined ? 'html' : 'feed')
      }
      const outcome = stored.some((d) => d.outcome === 'new') ? 'new' : stored.some((d) => d.outcome === 'replaced') ? 'replaced' : 'unchanged'
      return reply.code(outcome === 'unchanged' ? 200 : 201).send({ outcome, documents: report.documents, records: report.records, failures: report.failures })
    },
  )
}

export default ingest
