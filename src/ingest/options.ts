import type { HttpCache } from './http/cache.js'
import { defaultHttpCache } from './http/cache.js'
import { MAX_SECTION_CHARS } from './sections.js'

/** How ingest reads files and URLs. Every field is optional. */
export interface IngestOptions {
  /** Largest file or response body read, in bytes; bigger inputs are refused with a reason. Default 20 MiB. */
  readonly maxBytes?: number
  /**
   * Longest text read as one document, in characters; a longer one is split
   * into sections, each its own document. Default MAX_SECTION_CHARS (200,000).
   */
  readonly maxSectionChars?: number
  /** ISO 639-3 codes of the languages the recognizers read. Default `['eng']`. */
  readonly languages?: readonly string[]
  /** Texts shorter than this (characters) are not language-checked: too short to tell. Default 120. */
  readonly languageMinChars?: number
  /** Extracted HTML text shorter than this (characters) is "no article". Default 140. */
  readonly minArticleChars?: number
  /** The fetch function used for URLs (tests and proxies). Default: global fetch. */
  readonly fetch?: typeof fetch
  /** Aborts everything still in flight (URLs) when signalled. */
  readonly signal?: AbortSignal
  /** Per-attempt timeout for a URL, in milliseconds, body included. Default 15000. */
  readonly timeoutMs?: number
  /** Extra attempts after a 5xx, 429 or network error. Default 2. */
  readonly retries?: number
  /** First backoff delay, doubled at each retry, in milliseconds. Default 500. */
  readonly backoffMs?: number
  /** Longest single backoff (also caps Retry-After), in milliseconds. Default 10000. */
  readonly maxBackoffMs?: number
  /** Validators (ETag, Last-Modified) and bodies of earlier fetches; null disables conditional requests. */
  readonly cache?: HttpCache | null
  /**
   * What a 304 Not Modified yields: `'skip'` (default) one `ingest:unchanged`
   * item, `'reuse'` the documents parsed again from the cached body.
   */
  readonly notModified?: 'skip' | 'reuse'
  /** User-Agent header sent with URL requests. */
  readonly userAgent?: string
  /**
   * Leave the language check to the caller (default false): an ingest on
   * worker threads checks there, off the thread that reads and writes, with
   * `languageRefusal` giving the same failure.
   */
  readonly deferLanguageCheck?: boolean
}

export type ResolvedOptions = Required<Omit<IngestOptions, 'signal' | 'cache'>> & {
  readonly signal: AbortSignal | undefined
  readonly cache: HttpCache | null
}

/** Fill in the defaults. */
export function resolveOptions(options: IngestOptions = {}): ResolvedOptions {
  return {
    maxBytes: options.maxBytes ?? 20 * 1024 * 1024,
    maxSectionChars: options.maxSectionChars ?? MAX_SECTION_CHARS,
    languages: options.languages ?? ['eng'],
    languageMinChars: options.languageMinChars ?? 120,
    minArticleChars: options.minArticleChars ?? 140,
    fetch: options.fetch ?? globalThis.fetch,
    signal: options.signal,
    timeoutMs: options.timeoutMs ?? 15_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 500,
    maxBackoffMs: options.maxBackoffMs ?? 10_000,
    cache: options.cache === undefined ? defaultHttpCache : options.cache,
    notModified: options.notModified ?? 'skip',
    userAgent: options.userAgent ?? 'Dyad/0.1 (diplomatic news ingest)',
    deferLanguageCheck: options.deferLanguageCheck ?? false,
  }
}
