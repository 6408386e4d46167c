import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { errorBody } from './errors.js'

/** Tells the operator how to turn write routes on. */
export const WRITE_DISABLED = 'write routes are disabled: start the server with DYAD_TOKEN=<secret> set and send "Authorization: Bearer <secret>"'

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
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send(errorBody(401, WRITE_DISABLED, 'authorization'))
      return reply
    }
    const header = request.headers.authorization ?? ''
    const given = bearerToken(header)
    if (given === null || !timingSafeEqual(digest(given), expected)) {
      const message = given !== null ? 'the bearer token is not valid' : 'this route needs "Authorization: Bearer <token>" (the DYAD_TOKEN of the server)'
      await reply
        .code(401)
        .header('www-authenticate', 'Bearer')
        .send(errorBody(401, message, 'authorization'))
      return reply
    }
  }
}

const BLANK = new Set([' ', '\t'])

/**
 * The token of "Bearer <token>", spaces and tabs around it dropped, or null.
 * Read by hand: "^Bearer[ \t]+(.+?)[ \t]*$" was quadratic on a header of spaces.
 */
function bearerToken(header: string): string | null {
  if (!/^Bearer[ \t]/i.test(header)) return null
  let start = 7
  let end = header.length
  while (start < end && BLANK.has(header[start])) start++
  while (end > start && BLANK.has(header[end - 1])) end--
  const token = header.slice(start, end)
  return token !== '' && !/[\n\r\u2028\u2029]/.test(token) ? token : null
}
