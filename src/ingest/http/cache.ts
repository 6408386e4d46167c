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

/**
 * An in-memory HttpCache holding the `maxEntries` most recently used URLs
 * (bodies included), so a long-running poller does not grow without bound.
 */
export class MemoryHttpCache implements HttpCache {
  private readonly entries = new Map<string, HttpCacheEntry>()

  constructor(private readonly maxEntries = 500) {}

  get(url: string): HttpCacheEntry | undefined {
    const entry = this.entries.get(url)
    if (entry) {
      // Map order is insertion order: re-inserting marks it most recent.
      this.entries.delete(url)
      this.entries.set(url, entry)
    }
    return entry
  }

  set(url: string, entry: HttpCacheEntry): void {
    this.entries.delete(url)
    this.entries.set(url, entry)
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string)
  }

  get size(): number {
    return this.entries.size
  }
}

/** The cache used when the caller gives none: lives as long as the process. */
export const defaultHttpCache: HttpCache = new MemoryHttpCache()
