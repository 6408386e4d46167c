import fastifyStatic from '@fastify/static'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { errorBody } from './errors.js'

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = /^\/(?:api|docs|openapi\.json)(?:[/?#]|$)/

/**
 * Serve the built dashboard from `webRoot` (files only through
 * @fastify/static, which normalizes and confines paths to the root; dotfiles
 * are treated as missing). Returns whether a dashboard was found.
 */
export async function installWeb(app: FastifyInstance, webRoot: string | null | undefined): Promise<boolean> {
  const root = webRoot ? resolve(webRoot) : null
  if (!root || !existsSync(join(root, 'index.html'))) return false
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: ['index.html'],
    dotfiles: 'ignore',
    redirect: false,
    // the API and docs are never files, even if web/dist held such names
    allowedPath: (pathName) => !SERVER_PATHS.test(pathName),
  })
  return true
}

/**
 * The 404 handler: JSON for API paths; for other GET requests that look
 * like app routes (no file extension) the dashboard's index.html, so deep
 * links such as /events/v123 work after a reload.
 */
export function notFoundHandler(hasWeb: boolean) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !SERVER_PATHS.test(path) && !/\.[A-Za-z0-9]+$/.test(path)
    if (isPage && hasWeb) return reply.type('text/html; charset=utf-8').sendFile('index.html')
    if (isPage && path === '/')
      return reply
        .code(404)
        .send(errorBody(404, 'the dashboard is not built (no index.html in the web root); the API is at /api and its documentation at /docs'))
    return reply.code(404).send(errorBody(404, `no route ${request.method} ${path}`))
  }
}
