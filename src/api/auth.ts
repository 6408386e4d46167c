import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { errorBody } from './errors.js'

/** Tells the operator how to turn write routes on. */
export const WRITE_DISABLED =
  'write routes are disabled: start the server with DYAD_TOKEN=<secret> set and send "Authorization: Bearer <secret>"'

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest()
}

/**
 * An onRequest hook for write routes: refuse (401) unless the request bears
 * the operator's token. Runs before the body is parsed, so an anonymous
 * client cannot make the server read a large body. Compared in constant
 * time (digests of equal length) so the token cannot be guessed byte by byte.
 */
export function requireToken(token: string | undefined) {
  const expected = token ? digest(token) : null
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (!expected) {
      await reply.code(401).header('www-authenticate', 'Bearer').send(errorBody(401, WRITE_DISABLED, 'authorization'))
      return reply
    }
    const header = request.headers.authorization ?? ''
    const match = /^Bearer[ \t]+(.+?)[ \t]*$/i.exec(header)
    if (!match || !timingSafeEqual(digest(match[1]!), expected)) {
      const message = match ? 'the bearer token is not valid' : 'this route needs "Authorization: Bearer <token>" (the DYAD_TOKEN of the server)'
      await reply.code(401).header('www-authenticate', 'Bearer').send(errorBody(401, message, 'authorization'))
      return reply
    }
  }
}
