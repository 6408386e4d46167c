import type { paths } from './schema.js'
import type { Names } from './views.js'

/** An API failure the page can show: status 0 means the server was unreachable. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

const cache = new Map<string, Promise<unknown>>()

/** GET a JSON resource under /api; responses are cached for the page's life. */
export function getJson(path: string): Promise<unknown> {
  const url = `api/${path.replace(/^\//, '')}`
  let p = cache.get(url)
  if (!p) {
    p = fetch(url, { headers: { accept: 'application/json' } }).then(async (res) => {
      if (!res.ok) throw new ApiError(res.status, res.status === 404 ? 'Not found' : `The server answered ${res.status}`)
      return res.json() as Promise<unknown>
    }, () => {
      throw new ApiError(0, 'The Dyad server cannot be reached')
    })
    p.catch(() => cache.delete(url))
    cache.set(url, p)
  }
  return p
}

/** What a GET route answers with 200, from the API's own OpenAPI document (./schema.d.ts). */
export type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer R } } } } } ? R : never

/**
 * GET a route, its answer typed by the API's schemas: a page reads exactly
 * what the API promises, never a guessed variant. Parameters often come from
 * the page's URL as typed by a person; the server validates them (empty ones
 * are left out).
 */
export function api<P extends keyof paths>(path: P, options: { query?: Record<string, string | number | null | undefined>; id?: string } = {}): Promise<Answer<P>> {
  const route = path.replace(/^\/api\//, '').replace('{id}', encodeURIComponent(options.id ?? ''))
  return getJson(`${route}${query(options.query ?? {})}`) as Promise<Answer<P>>
}

/** Like getJson, but a missing route (404/501) gives `fallback` instead of an error. */
export async function getOptional<T>(path: string, fallback: T): Promise<unknown | T> {
  try {
    return await getJson(path)
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 501)) return fallback
    throw e
  }
}

let namesPromise: Promise<Names> | null = null

/** The names loaded so far (for components that render synchronously). */
export const knownNames = new Map<string, string>()

/** Entity id -> display name, loaded once; empty when the request fails. */
export function entityNames(): Promise<Names> {
  namesPromise ??= api('/api/entities', { query: { limit: 500 } })
    .then((x) => {
      const m = new Map<string, string>()
      for (const e of x.items) {
        m.set(e.id, e.name)
        knownNames.set(e.id, e.name)
      }
      return m as Names
    })
    .catch(() => new Map() as Names)
  return namesPromise
}

/** Build a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}
