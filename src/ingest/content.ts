import type { Diagnostic } from '../model/types.js'
import { decodeBytes } from './decode.js'
import type { FormatReader } from './formats/format.js'
import { languageName } from './language-name.js'
import type { ResolvedOptions } from './options.js'
import { fail } from './result.js'
import type { IngestItem } from './result.js'
import { chooseFormat, declaredCharset } from './sniff.js'
import type { Format } from './sniff.js'

// Each reader loaded with the first input of its format: a folder of plain
// text never loads the HTML parser (linkedom, Readability) or the feed parser.
const READERS: Record<Format, () => Promise<FormatReader>> = {
  text: async () => (await import('./formats/text.js')).readText,
  html: async () => (await import('./formats/html.js')).readHtml,
  feed: async () => (await import('./formats/feed.js')).readFeed,
  jsonl: async () => (await import('./formats/jsonl.js')).readJsonl,
}

/** Where bytes came from. */
export interface ContentOrigin {
  /** Absolute path or URL, as failures and documents name it. */
  readonly source: string
  /** The fetched URL after redirects (null for files). */
  readonly url: string | null
  readonly contentType: string | null
}

/**
 * Bytes of one file or response to documents and failures: decode, choose
 * the format, read it, then refuse documents in a language the recognizers
 * do not read.
 */
export async function readContent(bytes: Uint8Array, origin: ContentOrigin, options: ResolvedOptions): Promise<IngestItem[]> {
  const { source } = origin
  if (bytes.length === 0) return [fail(source, `${source}: the file is empty`, 'ingest:empty')]
  const lineByLine = chooseFormat({ name: origin.url ?? origin.source, contentType: origin.contentType }, '') === 'jsonl'
  const decoded = decodeBytes(bytes, declaredCharset(bytes, origin.contentType), { lineByLine })
  if (!decoded.ok) return [fail(source, `${source}: ${decoded.reason}`, decoded.ruleId)]
  if (decoded.text.trim() === '') return [fail(source, `${source}: the file is empty (only whitespace)`, 'ingest:empty')]
  return readDecoded(decoded.text, origin, options, decoded.diagnostics)
}

/**
 * Already decoded text to documents and failures: choose the format (unless
 * given), read it, check the language.
 */
export async function readDecoded(
  text: string,
  origin: ContentOrigin & { readonly format?: Format },
  options: ResolvedOptions,
  diagnostics: readonly Diagnostic[] = [],
): Promise<IngestItem[]> {
  const format = origin.format ?? chooseFormat({ name: origin.url ?? origin.source, contentType: origin.contentType }, text)
  const items = await (await READERS[format]())({ source: origin.source, text, diagnostics, url: origin.url, options })
  if (options.deferLanguageCheck || !items.some((item) => item.ok)) return items
  // Loaded here, not at start-up: an ingest on threads checks languages there and never loads the detector in this thread.
  const { detectLanguage } = await import('./language.js')
  return items.map((item) => checkLanguage(item, options, detectLanguage))
}

function checkLanguage(item: IngestItem, options: ResolvedOptions, detectLanguage: typeof import('./language.js').detectLanguage): IngestItem {
  if (!item.ok) return item
  const verdict = detectLanguage(item.doc.text, options.languages, options.languageMinChars)
  if (options.languages.includes(verdict.language)) return item
  return languageRefusal(item.doc.source, verdict.language, options.languages)
}

/** The failure of a document read as `language`, which the recognizers (reading `supported`) do not read. */
export function languageRefusal(source: string, language: string, supported: readonly string[]): IngestItem {
  const read = supported.map((code) => `${code} (${languageName(code)})`).join(', ')
  const reason = `${source}: language ${language} (${languageName(language)}) not supported; the recognizers read ${read}`
  return fail(source, reason, 'ingest:language')
}
