import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify'
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod'
import { readFileSync } from 'node:fs'
import type { Store } from '../app/store.js'
import { errorBody, installErrorHandler } from './errors.js'
import { inlineWriter, type IngestWriter } from './ingest-writer.js'
import { installOpenApi } from './openapi.js'
import { registerRoutes } from './routes/index.js'
import { installSecurityHeaders, SECURITY_HEADERS } from './security.js'
import { installWeb, notFoundHandler } from './web.js'

/** Requests larger than this are refused with 413 (an article is far smaller). */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024

export interface AppOptions {
  readonly store: Store
  /** The operator's secret for write routes; without it they are refused. */
  readonly token?: string | null
  /** The built dashboard (web/dist); served at / when it holds index.html. */
  readonly webRoot?: string | null
  readonly logger?: FastifyServerOptions['logger']
  readonly bodyLimit?: number
  /**
   * Host header names (without port) the server answers; others get 403.
   * Guards an open read API against DNS rebinding. Default: any.
   */
  readonly allowedHosts?: readonly string[] | null
  /**
   * Reads and stores POSTed documents. Default: in this thread (inlineWriter);
   * `dyad serve` passes a threadWriter so reads never wait for a write. The
   * app closes it.
   */
  readonly writer?: IngestWriter
  /** The pipeline's limit per POSTed document, in milliseconds, for the default writer. */
  readonly budgetMs?: number
}

/** Longer URLs are answered 414, whatever the route (a route's own parameters are capped at 300). */
export const MAX_URL_LENGTH = 4096

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

/**
 * The Dyad HTTP service as a Fastify instance (not listening: tests use
 * `app.inject`, `startServer` listens). Read routes are open; write routes
 * need the bearer token.
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    // ids and queries are short; a huge URL is a mistake or an attack
    routerOptions: { maxParamLength: 300, ignoreTrailingSlash: true },
    return503OnClosing: true,
    // malformed or over-long URLs never reach a route; answer them in the same shape
    // (they bypass the hooks, so the security headers are set here too)
    frameworkErrors: (error, _request, raw) => {
      const reply = raw as unknown as FastifyReply
      const [status, message] =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? [414, 'a path segment is longer than 300 characters'] : [400, 'the URL is malformed (bad percent-encoding)']
      void reply.code(status).headers(SECURITY_HEADERS).send(errorBody(status, message))
    },
  })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  // every body is JSON; plain text would only reach the schema as a string
  app.removeContentTypeParser('text/plain')
  installSecurityHeaders(app)
  installRequestChecks(app, options.allowedHosts ?? null)
  // before any plugin, so every context inherits it
  installErrorHandler(app, { bodyLimit })
  const version = packageVersion()
  await installOpenApi(app, version)
  const hasWeb = await installWeb(app, options.webRoot)
  app.setNotFoundHandler(notFoundHandler(hasWeb))
  const writer = options.writer ?? inlineWriter(options.store, options.budgetMs)
  app.addHook('onClose', async () => writer.close())
  await app.register(registerRoutes, { store: options.store, writer, token: options.token ?? undefined, version })
  return app
}

// Checked before routing's handlers, on every request (404s included): an
// over-long URL whatever its shape, and the Host header when an allow-list is set.
function installRequestChecks(app: FastifyInstance, allowedHosts: readonly string[] | null): void {
  const allowed = allowedHosts ? new Set(allowedHosts.map((h) => h.trim().toLowerCase()).filter(Boolean)) : null
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL_LENGTH) return reply.code(414).send(errorBody(414, `the URL is longer than ${MAX_URL_LENGTH} characters`))
    if (allowed) {
      const host = hostName(request.headers.host ?? '')
      if (!allowed.has(host))
        return reply.code(403).send(errorBody(403, `host "${host.slice(0, 100)}" is not served here (allowed: ${[...allowed].join(', ')})`))
    }
  })
}

/** The Host header without its port, lower case (`[::1]:8080` -> `[::1]`). */
function hostName(header: string): string {
  const h = header.trim().toLowerCase()
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1)
  const colon = h.indexOf(':')
  return colon === -1 ? h : h.slice(0, colon)
}
