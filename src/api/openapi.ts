import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod'

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
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true, validatorUrl: null },
  })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
