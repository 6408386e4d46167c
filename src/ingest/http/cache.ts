/** What an earlier fetch of a URL left behind for the next one. */
export interface HttpCacheEntry {
  readonly etag?: string | null
  readonly lastModified?: string | null
  readonly contentType?: string | null
  /** The body of the last 200 answer; optional (a persistent cache may drop it). */
  readonly body?: Uint8Array | null
  /** The final URL after redirects. */
  readonly finalUrl?: string | null
}

/**
 * Where conditional-request validators live between fetches. The default is
 * in memory; a store can implement it to keep validators across runs.
 */
export interface HttpCache {
  get(url: string): HttpCacheEntry | undefined | Promise<HttpCacheEntry | undefined>
  set(url: string, entry: HttpCacheEntry): void | Promise<void>
}

/** An in-memory HttpCache. */
export class MemoryHttpCache implements HttpCache {
  private readonly entries = new Map<string, HttpCacheEntry>()

  get(url: string): HttpCacheEntry | undefined {
    return this.entries.get(url)
  }

  set(url: string, entry: HttpCacheEntry): void {
    this.entries.set(url, entry)
  }
}

/** The cache used when the caller gives none: lives as long as the process. */
export const defaultHttpCache: HttpCache = new MemoryHttpCache()
