import { extname } from 'node:path'

export type Format = 'text' | 'html' | 'feed' | 'jsonl'

/** What is known about an input before its format is chosen. */
export interface FormatHints {
  /** File name or URL path (its extension is a hint). */
  readonly name: string
  /** HTTP Content-Type, when fetched. */
  readonly contentType?: string | null
}

const JSONL_EXT = new Set(['.jsonl', '.ndjson'])
const TEXT_EXT = new Set(['.txt', '.text'])
const HTML_EXT = new Set(['.html', '.htm', '.xhtml'])
const FEED_EXT = new Set(['.xml', '.rss', '.atom', '.rdf'])

/**
 * Choose the reader for decoded content. Line formats and plain text go by
 * extension or Content-Type; markup goes by what the content starts with
 * (servers and file names often say `xml` or `html` for either), falling back
 * to the extension or Content-Type, then to plain text.
 */
export function chooseFormat(hints: FormatHints, text: string): Format {
  const ext = extensionOf(hints.name)
  const type = (hints.contentType ?? '').toLowerCase().split(';')[0].trim()
  if (JSONL_EXT.has(ext) || /(ndjson|jsonl|json-seq)/.test(type)) return 'jsonl'
  if (TEXT_EXT.has(ext) || type === 'text/plain') return 'text'
  const markup = sniffMarkup(text)
  if (markup) return markup
  if (HTML_EXT.has(ext) || type.includes('html')) return 'html'
  if (FEED_EXT.has(ext) || /(rss|atom|xml)/.test(type)) return 'feed'
  return 'text'
}

/** `feed` or `html` when the content opens like one, else null. */
export function sniffMarkup(text: string): Format | null {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase()
  if (!head.startsWith('<')) return null
  const feed = /<(rss|feed|rdf:rdf)[\s>]/.test(head)
  const html = /<(!doctype html|html|head|body)[\s>]/.test(head)
  if (feed && !html) return 'feed'
  if (html) return 'html'
  return head.startsWith('<?xml') ? 'feed' : 'html'
}

/**
 * The charset the content or its Content-Type declares (HTTP header, HTML
 * meta, XML declaration), read from the ASCII-compatible head of the bytes.
 */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')
  if (header) return header[1]
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1')
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  if (xml) return xml[1]
  const meta = /<meta[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  return meta ? meta[1] : null
}

function extensionOf(name: string): string {
  let path = name
  if (/^https?:\/\//i.test(name)) {
    try {
      path = new URL(name).pathname
    } catch {
      path = name
    }
  }
  return extname(path).toLowerCase()
}
