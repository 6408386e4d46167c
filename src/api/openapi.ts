import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

/** What each status means on this API, for responses the schemas leave undescribed. */
const STATUS_TEXT: Record<string, string> = {
  200: 'OK',
  201: 'Created: new or replaced documents were stored',
  400: 'A parameter or the body is invalid; `field` names it',
  401: 'Write route without a valid bearer token (or writes are disabled: no DYAD_TOKEN)',
  404: 'No record with that id',
  413: 'The body is over the size limit',
  415: 'The body is not JSON',
  422: 'Nothing in the body could be stored; `message` says why',
  500: 'Internal error (details in the server log)',
  503: 'The store is unreachable',
}

type Doc = ReturnType<typeof jsonSchemaTransformObject>

/** Replace @fastify/swagger's placeholder "Default Response" with what the status means here. */
function describeResponses(doc: Doc): Doc {
  const paths = (doc as { paths?: Record<string, Record<string, { responses?: Record<string, { description?: string }> }>> }).paths ?? {}
  for (const item of Object.values(paths))
    for (const op of Object.values(item))
      for (const [code, response] of Object.entries(op.responses ?? {}))
        if (response.description === 'Default Response' && STATUS_TEXT[code]) response.description = STATUS_TEXT[code]
  return doc
}

/**
 * Describe every route in an OpenAPI 3 document (built from the zod
 * schemas), serve it at /openapi.json and a browsable page at /docs whose
 * assets come from the installed package, never from a CDN.
 */
export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Dyad API',
        description:
          'The record read out of diplomatic news about pairs of countries: documents, actors, events, figures, clusters and conflicts. Every record carries its document id and span. Read routes are open; write routes need `Authorization: Bearer <DYAD_TOKEN>`.',
        version,
      },
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'The DYAD_TOKEN set by the operator' } },
      },
      tags: [
        { name: 'documents', description: 'Stored documents and what was read out of them' },
        { name: 'entities', description: 'Countries, people, organizations, places' },
        { name: 'events', description: 'Event mentions, clusters and the timeline' },
        { name: 'indicators', description: 'Figures, series and conflicts' },
        { name: 'service', description: 'Search, statistics, health, ingest' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) => describeResponses(jsonSchemaTransformObject(documentObject)),
  })
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
