import type { FastifyError, FastifyInstance } from 'fastify'
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod'
import { STATUS_CODES } from 'node:http'
import type { ErrorBody } from './schemas/common.js'

/** An error a route throws on purpose; becomes `{error, message, field}`. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message)
  }
}

/** 404 for an id that names nothing. */
export function notFound(what: string, id: string): ApiError {
  return new ApiError(404, `no ${what} with id ${JSON.stringify(id)}`, 'id')
}

/** The JSON body of an error response. */
export function errorBody(statusCode: number, message: string, field: string | null = null): ErrorBody {
  return { error: STATUS_CODES[statusCode] ?? 'Error', message, field }
}

/** The request part (`querystring`, `params`, `body`) and field of a validation issue. */
function validationField(error: FastifyError): string | null {
  const issue = error.validation?.[0]
  if (!issue) return null
  const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.')
  // unrecognized keys sit on the object itself; the issue names them
  const keys = (issue.params as { keys?: unknown }).keys
  if (!path && Array.isArray(keys) && keys.length) return String(keys[0])
  return path || null
}

/** Fastify's own client errors, by code, with words a user can act on. */
const CLIENT_ERRORS: Record<string, (e: FastifyError, limit: number) => [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (_e, limit) => [413, `request body is larger than the limit of ${limit} bytes`],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => [415, 'unsupported content type: send application/json'],
  FST_ERR_CTP_EMPTY_JSON_BODY: () => [400, 'the JSON body is empty'],
  FST_ERR_CTP_INVALID_JSON_BODY: () => [400, 'the body is not valid JSON'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => [400, 'the Content-Length header does not match the body'],
}

/**
 * Every error leaves as `{error, message, field}`: validation errors name the
 * field at fault, unexpected errors are logged and never leak internals.
 */
export function installErrorHandler(app: FastifyInstance, options: { bodyLimit: number }): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const field = validationField(error)
      const where = error.validationContext === 'body' ? 'body' : error.validationContext === 'params' ? 'path' : 'query'
      const issue = error.validation[0]!
      const message = field ? `${where} field ${field}: ${issue.message}` : `${where}: ${issue.message}`
      return reply.code(400).send(errorBody(400, message, field))
    }
    if (error instanceof ApiError) return reply.code(error.statusCode).send(errorBody(error.statusCode, error.message, error.field))
    const known = error.code ? CLIENT_ERRORS[error.code] : undefined
    if (known) {
      const [status, message] = known(error, options.bodyLimit)
      return reply.code(status).send(errorBody(status, message))
    }
    if (isResponseSerializationError(error)) request.log.error({ err: error, issues: error.cause?.issues }, 'response does not match its schema')
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed')
      return reply.code(500).send(errorBody(500, 'internal error: the server log has the details'))
    }
    return reply.code(status).send(errorBody(status, error.message))
  })
}
