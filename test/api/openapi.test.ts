import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { call, openFixture, STORE_TARGETS, type Fixture } from './helpers.js'

/** The routes the API promises, by path and method. */
const ROUTES: [string, string][] = [
  ['/api/health', 'get'],
  ['/api/documents', 'get'],
  ['/api/documents/{id}', 'get'],
  ['/api/documents/{id}', 'delete'],
  ['/api/entities', 'get'],
  ['/api/entities/{id}', 'get'],
  ['/api/events', 'get'],
  ['/api/events/{id}', 'get'],
  ['/api/clusters/{id}', 'get'],
  ['/api/timeline', 'get'],
  ['/api/indicators', 'get'],
  ['/api/conflicts', 'get'],
  ['/api/search', 'get'],
  ['/api/stats', 'get'],
  ['/api/summary', 'get'],
  ['/api/balance', 'get'],
  ['/api/ingest', 'post'],
]

// The part of the OpenAPI 3.0 schema this document uses, checked by hand
// (no network, no validator package): objects, required fields, enums.
const Schema: z.ZodType = z.lazy(() =>
  z.union([
    z.object({ $ref: z.string().regex(/^#\/components\/schemas\/[\w.-]+$/) }).strict(),
    z.looseObject({
      type: z.enum(['object', 'array', 'string', 'number', 'integer', 'boolean']).optional(),
      properties: z.record(z.string(), Schema).optional(),
      items: Schema.optional(),
      required: z.array(z.string()).optional(),
      anyOf: z.array(Schema).optional(),
      oneOf: z.array(Schema).optional(),
      allOf: z.array(Schema).optional(),
      enum: z.array(z.unknown()).optional(),
      nullable: z.boolean().optional(),
      description: z.string().optional(),
    }),
  ]),
)
const MediaType = z.object({ schema: Schema }).loose()
const Parameter = z
  .object({ name: z.string().min(1), in: z.enum(['query', 'path', 'header', 'cookie']), required: z.boolean().optional(), schema: Schema, description: z.string().optional() })
  .loose()
const Response = z.object({ description: z.string(), content: z.record(z.string(), MediaType).optional() }).loose()
const Operation = z
  .object({
    summary: z.string().optional(),
    tags: z.array(z.string()).optional(),
    parameters: z.array(Parameter).optional(),
    requestBody: z.object({ content: z.record(z.string(), MediaType), required: z.boolean().optional() }).loose().optional(),
    responses: z.record(z.string().regex(/^([1-5]\d\d|default)$/), Response).refine((r) => Object.keys(r).length > 0, 'no responses'),
    security: z.array(z.record(z.string(), z.array(z.string()))).optional(),
  })
  .loose()
const PathItem = z.partialRecord(z.enum(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']), Operation)
const OpenApi = z
  .object({
    openapi: z.string().regex(/^3\.\d+\.\d+$/),
    info: z.object({ title: z.string(), version: z.string() }).loose(),
    paths: z.record(z.string().startsWith('/'), PathItem),
    components: z.object({ schemas: z.record(z.string(), Schema), securitySchemes: z.record(z.string(), z.unknown()).optional() }).loose(),
  })
  .loose()

/** Every `$ref` string anywhere in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out))
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v)
      else refs(v, out)
    }
  return out
}

describe('OpenAPI document and docs page', () => {
  let f: Fixture
  let doc: any
  beforeAll(async () => {
    f = await openFixture(STORE_TARGETS[0]!)
    const r = await call(f.app, '/openapi.json')
    expect(r.status).toBe(200)
    doc = r.json
  })
  afterAll(async () => f?.close())

  it('has the shape of an OpenAPI 3 document', () => {
    const parsed = OpenApi.safeParse(doc)
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true)
    expect(doc.openapi).toMatch(/^3\./)
  })

  it('describes every route, and only the API routes', () => {
    for (const [path, method] of ROUTES) expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined()
    const listed = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item as object).map((m) => `${m} ${p}`))
    expect(listed.sort()).toEqual(ROUTES.map(([p, m]) => `${m} ${p}`).sort())
  })

  it('gives every operation its success and error responses as JSON', () => {
    for (const [path, method] of ROUTES) {
      const op = doc.paths[path][method]
      const codes = Object.keys(op.responses)
      expect(codes.some((c) => c === '200' || c === '201'), `${method} ${path}`).toBe(true)
      expect(codes, `${method} ${path}`).toContain('400')
      if (path.includes('{id}')) expect(codes, `${method} ${path}`).toContain('404')
      if (method !== 'get') expect(codes, `${method} ${path}`).toEqual(expect.arrayContaining(['401', '413']))
      for (const [code, response] of Object.entries(op.responses) as [string, { description: string; content?: Record<string, unknown> }][]) {
        expect(Object.keys(response.content ?? {}), `${method} ${path} ${code}`).toEqual(['application/json'])
        expect(response.description, `${method} ${path} ${code}`).not.toBe('Default Response')
      }
    }
  })

  it('declares path parameters as required and marks write routes as needing the token', () => {
    for (const [path, method] of ROUTES) {
      const op = doc.paths[path][method]
      const inPath = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      const declared = (op.parameters ?? []).filter((p: { in: string }) => p.in === 'path')
      expect(declared.map((p: { name: string }) => p.name), path).toEqual(inPath)
      for (const p of declared) expect(p.required, path).toBe(true)
      if (method !== 'get') expect(op.security, path).toEqual([{ bearer: [] }])
    }
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' })
  })

  it('names every operation uniquely', () => {
    const ids = ROUTES.map(([path, method]) => doc.paths[path][method].operationId)
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z]+$/)
    expect(new Set(ids).size).toBe(ROUTES.length)
  })

  it('resolves every $ref to a component schema', () => {
    const names = new Set(Object.keys(doc.components.schemas))
    const all = refs(doc)
    expect(all.length).toBeGreaterThan(10)
    for (const ref of all) expect(names.has(ref.replace('#/components/schemas/', '')), ref).toBe(true)
  })

  it('lists the query parameters of the event filters', () => {
    const names = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name)
    expect(names).toEqual(expect.arrayContaining(['pair', 'type', 'actor', 'status', 'from', 'to', 'q', 'limit', 'offset']))
  })

  it('serves the docs page with its assets from the server, no CDN', async () => {
    const page = await call(f.app, '/docs/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('swagger-ui')
    const sources = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
    expect(sources.length).toBeGreaterThan(2)
    for (const s of sources) expect(s, s).not.toMatch(/^(https?:)?\/\//)
    const bundle = await call(f.app, '/docs/static/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    expect(String(bundle.headers['content-type'])).toContain('javascript')
    const init = await call(f.app, '/docs/static/swagger-initializer.js')
    expect(init.status).toBe(200)
    // the initializer points the page at this server's spec, never at another host (comments aside)
    const code = init.body.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n')
    expect(code).not.toMatch(/https?:\/\//)
  })
})
