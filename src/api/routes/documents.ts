import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { requireToken } from '../auth.js'
import { notFound } from '../errors.js'
import { documentRecords, getDocument, listDocuments } from '../../app/read/index.js'
import { removeDocument } from '../../app/remove-document.js'
import { idErrors, writeErrors } from '../schemas/common.js'
import { IdParam, pair, paging, text } from '../schemas/params.js'
import { DocumentFull, DocumentSummary, SpanRecord } from '../schemas/records.js'
import type { RouteOptions } from './index.js'
import { listRoute } from './list-route.js'

const documents: FastifyPluginAsyncZod<RouteOptions> = async (app, { store, token }) => {
  listRoute(
    app,
    '/documents',
    { operationId: 'listDocuments', tags: ['documents'], summary: 'Stored documents, most recently published first' },
    {
      querystring: z.object({ ...paging, q: text('q').optional().describe('Words in the title or source'), pair: pair.optional() }).strict(),
      item: DocumentSummary,
    },
    (filters, limit, offset) => listDocuments(store.db, filters, limit, offset),
  )

  app.get(
    '/documents/:id',
    {
      schema: {
        operationId: 'getDocument',
        tags: ['documents'],
        summary: 'A document: text, publication date, diagnostics and every record read out of it, with spans',
        params: IdParam,
        querystring: z.object({}).strict(),
        response: { 200: z.object({ document: DocumentFull, records: z.array(SpanRecord) }), ...idErrors },
      },
    },
    async (request) => {
      const document = await getDocument(store.db, request.params.id)
      if (!document) throw notFound('document', request.params.id)
      return { document, records: await documentRecords(store.db, document.id) }
    },
  )

  app.delete(
    '/documents/:id',
    {
      onRequest: requireToken(token),
      schema: {
        operationId: 'deleteDocument',
        tags: ['documents'],
        summary: 'Delete a document and every record read out of it (needs the bearer token)',
        security: [{ bearer: [] }],
        params: IdParam,
        querystring: z.object({}).strict(),
        response: { 200: z.object({ deleted: z.string() }), ...writeErrors },
      },
    },
    async (request) => {
      if (!(await removeDocument(store, request.params.id))) throw notFound('document', request.params.id)
      return { deleted: request.params.id }
    },
  )
}

export default documents
