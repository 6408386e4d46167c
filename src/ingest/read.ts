import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { readContent, readDecoded } from './content.js'
import { fetchUrl } from './http/fetch-url.js'
import { resolveOptions } from './options.js'
import type { IngestOptions, ResolvedOptions } from './options.js'
import { fail, UNCHANGED_RULE } from './result.js'
import type { IngestItem } from './result.js'
import type { Format } from './sniff.js'
import { inSections } from './sections.js'
import { walk } from './walk.js'
import { hasCredentials, hideSecrets } from '../util/secrets.js'

export type { IngestFailure, IngestItem } from './result.js'
export { isUnchanged, UNCHANGED_RULE } from './result.js'
export type { IngestOptions } from './options.js'
export type { HttpCache, HttpCacheEntry } from './http/cache.js'
export { MemoryHttpCache } from './http/cache.js'
export type { Format } from './sniff.js'
export { languageName } from './language-name.js'
export { languageRefusal } from './content.js'
export { resolveOptions } from './options.js'
export { isWebUrl } from './formats/web-link.js'
export { MAX_SECTION_CHARS, SECTION_RULE } from './sections.js'

/**
 * Read files, folders and URLs into source documents, in order: inputs as
 * given, folders recursively in sorted name order. Plain text, HTML pages,
 * RSS/Atom feeds (one document per item) and JSON Lines (one per line) are
 * recognized by extension, Content-Type or content. Every problem is yielded
 * as a failure naming the file (line, item) or URL and the reason; it never
 * stops the rest. See IngestOptions for limits, timeouts and caching.
 */
export async function* readInputs(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const resolved = resolveOptions(options)
  // Real paths already read: a file named twice (or reached through a link) is read once.
  const seen = new Set<string>()
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input) && hasCredentials(input)) {
      // fetch refuses such a URL and its error quotes it whole: the password would reach the logs twice.
      const shown = hideSecrets(input)
      yield fail(
        shown,
        `${shown}: a URL with a user name or password is not fetched (credentials would be stored with the document's source); give the URL without them`,
        'ingest:unsupported',
      )
    } else if (/^https?:\/\//i.test(input)) yield* readUrl(input, resolved)
    else if (/^file:\/\//i.test(input)) yield* readPath(fileURLToPath(input), resolved, seen)
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) yield fail(input, `${input}: unsupported URL scheme (only http, https and file)`, 'ingest:unsupported')
    else yield* readPath(input, resolved, seen)
  }
}

async function* readPath(input: string, options: ResolvedOptions, seen: Set<string>): AsyncGenerator<IngestItem> {
  for await (const entry of walk(input, seen)) {
    if (!('file' in entry)) {
      yield entry
      continue
    }
    const { file, size } = entry
    if (size > options.maxBytes) {
      yield fail(
        file,
        `${file}: ${size.toLocaleString('en')} bytes, above the limit of ${options.maxBytes.toLocaleString('en')} (option maxBytes); not read`,
        'ingest:too-large',
      )
      continue
    }
    let bytes: Uint8Array
    try {
      bytes = await readFile(file)
    } catch (error) {
      yield fail(file, `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, 'ingest:unreadable')
      continue
    }
    yield* inSections(await readContent(bytes, { source: file, url: null, contentType: null }, options), options.maxSectionChars)
  }
}

async function* readUrl(url: string, options: ResolvedOptions): AsyncGenerator<IngestItem> {
  const outcome = await fetchUrl(url, options)
  if (outcome.kind === 'failed') {
    yield fail(url, outcome.reason, outcome.ruleId)
    return
  }
  if (outcome.kind === 'unchanged') {
    const { entry } = outcome
    if (options.notModified !== 'reuse' || !entry.body) {
      yield fail(url, `${url}: not modified since the last fetch (HTTP 304); nothing new to read`, UNCHANGED_RULE)
      return
    }
    const items = inSections(
      await readContent(entry.body, { source: url, url: entry.finalUrl ?? url, contentType: entry.contentType ?? null }, options),
      options.maxSectionChars,
    )
    const note = {
      reason: `${url}: not modified since the last fetch (HTTP 304); read from the cached body`,
      ruleId: UNCHANGED_RULE,
      severity: 'info' as const,
    }
    yield* items.map((item) => (item.ok ? { ok: true as const, doc: { ...item.doc, diagnostics: [...item.doc.diagnostics, note] } } : item))
    return
  }
  yield* inSections(await readContent(outcome.body, { source: url, url: outcome.url, contentType: outcome.contentType }, options), options.maxSectionChars)
}

/** Text handed over in memory (an HTTP POST body), and what is known about it. */
export interface StringInput {
  readonly text: string
  /** How documents and failures are named (e.g. the URL, or `api:<hash>`). */
  readonly source: string
  /** `text`, `html`, `feed` or `jsonl`; sniffed from the content when absent. */
  readonly format?: Format
  /** Where the content was published; resolves relative links, fallback canonical URL. */
  readonly url?: string | null
}

/**
 * Read text that is already in memory the way a file of that format is read
 * (HTML main text and head metadata, one document per feed item or JSONL
 * line, language check). Line ends are normalized and a leading BOM dropped.
 */
export async function readString(input: StringInput, options: IngestOptions = {}): Promise<IngestItem[]> {
  const text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (text.trim() === '') return [fail(input.source, `${input.source}: the text is empty`, 'ingest:empty')]
  const resolved = resolveOptions(options)
  return inSections(
    await readDecoded(text, { source: input.source, url: input.url ?? null, contentType: null, format: input.format }, resolved),
    resolved.maxSectionChars,
  )
}
