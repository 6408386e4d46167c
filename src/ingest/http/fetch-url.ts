import type { ResolvedOptions } from '../options.js'
import { backoffDelay, sleep } from './backoff.js'
import type { HttpCacheEntry } from './cache.js'
import { readBody } from './read-body.js'

export type FetchOutcome =
  | { readonly kind: 'ok'; readonly url: string; readonly contentType: string | null; readonly body: Uint8Array }
  | { readonly kind: 'unchanged'; readonly entry: HttpCacheEntry }
  | { readonly kind: 'failed'; readonly reason: string; readonly ruleId: string }

const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, text/plain;q=0.8, */*;q=0.5'

/**
 * GET a URL with a timeout per attempt (body included), bounded retries with
 * exponential backoff on 5xx, 429 and network errors (not on timeouts: a
 * slow server stays slow; nor on redirect loops and redirects to other schemes,
 * which fail the same way every time), and a conditional request from the cached
 * validators; 304 comes back as `unchanged`. Failures carry a reason.
 */
export async function fetchUrl(url: string, options: ResolvedOptions): Promise<FetchOutcome> {
  const cached = options.cache ? await options.cache.get(url) : undefined
  const headers: Record<string, string> = { accept: ACCEPT, 'user-agent': options.userAgent }
  if (cached?.etag) headers['if-none-match'] = cached.etag
  if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified
  const attempts = Math.max(0, options.retries) + 1
  let last = ''
  for (let attempt = 0; attempt < attempts; attempt++) {
    const timeout = AbortSignal.timeout(options.timeoutMs)
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
    let retryAfter: string | null = null
    try {
      const response = await options.fetch(url, { headers, signal, redirect: 'follow' })
      if (response.status === 304 && cached) {
        await response.body?.cancel()
        return { kind: 'unchanged', entry: cached }
      }
      if (response.ok) {
        const body = await readBody(response, options.maxBytes)
        if (typeof body === 'string') return { kind: 'failed', reason: `${url}: ${body}`, ruleId: 'ingest:too-large' }
        const entry: HttpCacheEntry = {
          etag: response.headers.get('etag'),
          lastModified: response.headers.get('last-modified'),
          contentType: response.headers.get('content-type'),
          body,
          finalUrl: response.url || url,
        }
        // Stored when there is something to validate next time, or to replace
        // validators the server no longer sends.
        if (options.cache && (entry.etag || entry.lastModified || cached)) await options.cache.set(url, entry)
        return { kind: 'ok', url: response.url || url, contentType: entry.contentType ?? null, body }
      }
      await response.body?.cancel()
      const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      if (response.status < 500 && response.status !== 429) return { kind: 'failed', reason: `${url}: ${status}`, ruleId: 'ingest:http-status' }
      last = status
      retryAfter = response.headers.get('retry-after')
    } catch (error) {
      if (options.signal?.aborted) return { kind: 'failed', reason: `${url}: aborted by the caller`, ruleId: 'ingest:aborted' }
      if (timeout.aborted)
        return {
          kind: 'failed',
          reason: `${url}: timed out after ${options.timeoutMs} ms without a complete answer (option timeoutMs)`,
          ruleId: 'ingest:timeout',
        }
      // A redirect loop or a redirect to file: gives the same answer every time: not retried.
      const cause = networkCause(error)
      if (DETERMINISTIC.test(cause))
        return { kind: 'failed', reason: `${url}: ${cause} (not retried: the same request fails the same way)`, ruleId: 'ingest:redirect' }
      last = `network error (${cause})`
    }
    if (attempt + 1 < attempts) {
      try {
        await sleep(backoffDelay(attempt, options.backoffMs, options.maxBackoffMs, retryAfter), options.signal)
      } catch {
        return { kind: 'failed', reason: `${url}: aborted by the caller`, ruleId: 'ingest:aborted' }
      }
    }
  }
  const ruleId = last.startsWith('HTTP') ? 'ingest:http-status' : 'ingest:network'
  return { kind: 'failed', reason: `${url}: ${last} after ${attempts} attempt${attempts === 1 ? '' : 's'}`, ruleId }
}

// undici's messages for redirects it will not follow.
const DETERMINISTIC = /redirect count exceeded|URL scheme must be a HTTP\(S\) scheme|unsupported protocol|invalid redirect/i

function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
}
