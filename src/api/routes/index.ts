import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { Store } from '../../app/store.js'
import type { IngestWriter } from '../ingest-writer.js'
import documents from './documents.js'
import entities from './entities.js'
import events from './events.js'
import health from './health.js'
import indicators from './indicators.js'
import ingest from './ingest.js'
import overview from './overview.js'
import relationship from './relationship.js'

export interface RouteOptions {
  readonly store: Store
  /** Where POSTed documents are read and stored (off the event loop under `dyad serve`). */
  readonly writer: IngestWriter
  readonly token: string | undefined
  readonly version: string
}

/** Every /api route. */
export const registerRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, options) => {
  for (const plugin of [health, documents, entities, events, indicators, overview, relationship, ingest])
    await app.register(plugin, { ...options, prefix: '/api' })
}
