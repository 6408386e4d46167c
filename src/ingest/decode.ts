import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { Diagnostic } from '../model/types.js'
import { utf8Stats } from './utf8-stats.js'

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly diagnostics: Diagnostic[] }
  | { readonly ok: false; readonly reason: string; readonly ruleId: string }

// chardet names below this confidence (0-100) are guesses, not detections.
const MIN_CONFIDENCE = 20
const SAMPLE = 4096
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Bytes to text: byte order marks, UTF-16/32, strict UTF-8, damaged UTF-8
 * (bad bytes replaced, with a warning), then a declared
 * charset (HTTP header, HTML meta, XML declaration) or one chardet detects,
 * converted with iconv-lite and reported as a warning. Binary content and
 * undetectable encodings are refused with a reason. Line ends become `\n`.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null, options: { lineByLine?: boolean } = {}): Decoded {
  const bom = byteOrderMark(bytes)
  if (bom) return decodedAs(bytes.subarray(bom.length), bom.encoding, [])
  const wide = sniffUtf16(bytes)
  if (wide) return decodedAs(bytes, wide, [note('info', `no byte order mark; content looks like ${wide.toUpperCase()} and was read as such`)])
  // JSON Lines are judged line by line: a NUL fails its own line (not JSON), not the file.
  const binary = binaryReason(bytes, options.lineByLine ?? false)
  if (binary) return { ok: false, reason: binary, ruleId: 'ingest:binary' }
  try {
    return { ok: true, text: normalizeNewlines(utf8.decode(bytes)), encoding: 'utf-8', diagnostics: [] }
  } catch {
    // Not UTF-8: fall through to a declared or detected legacy encoding.
  }
  const stats = utf8Stats(bytes)
  if (stats.multibyte > stats.invalid) {
    const text = new TextDecoder('utf-8').decode(bytes)
    return {
      ok: true,
      text: normalizeNewlines(text),
      encoding: 'utf-8',
      diagnostics: [note('warning', `mostly UTF-8 with ${stats.invalid} invalid byte${stats.invalid === 1 ? '' : 's'}, replaced with U+FFFD`)],
    }
  }
  const named = declared ? legacyName(declared) : null
  if (named) return decodedAs(bytes, named, [note('warning', `not valid UTF-8; decoded as declared charset ${named}`)])
  const match = chardet.analyse(bytes).find((m) => m.confidence >= MIN_CONFIDENCE && legacyName(m.name) !== null)
  if (match) {
    const name = legacyName(match.name) as string
    const as = name === match.name.toLowerCase() ? '' : ` as ${name}`
    return decodedAs(bytes, name, [note('warning', `not valid UTF-8; detected ${match.name} (confidence ${match.confidence}%) and converted${as}`)])
  }
  return { ok: false, reason: 'not valid UTF-8 and no legacy encoding could be detected with confidence; convert it to UTF-8', ruleId: 'ingest:encoding' }
}

function decodedAs(bytes: Uint8Array, encoding: string, diagnostics: Diagnostic[]): Decoded {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  if (text.includes('\u0000')) return { ok: false, reason: `binary content (NUL characters after decoding as ${encoding}), not text`, ruleId: 'ingest:binary' }
  return { ok: true, text: normalizeNewlines(text), encoding, diagnostics }
}

function byteOrderMark(b: Uint8Array): { length: number; encoding: string } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { length: 3, encoding: 'utf-8' }
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { length: 4, encoding: 'utf-32le' }
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { length: 4, encoding: 'utf-32be' }
  if (b[0] === 0xff && b[1] === 0xfe) return { length: 2, encoding: 'utf-16le' }
  if (b[0] === 0xfe && b[1] === 0xff) return { length: 2, encoding: 'utf-16be' }
  return null
}

// UTF-16 text in a Latin script has a NUL in nearly every other byte, on one
// side only; binary formats have NULs scattered on both.
function sniffUtf16(b: Uint8Array): string | null {
  const n = Math.min(b.length, SAMPLE) & ~1
  if (n < 4) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++
    if (b[i + 1] === 0) odd++
  }
  const half = n / 2
  if (odd / half > 0.3 && even / half < 0.02) return 'utf-16le'
  if (even / half > 0.3 && odd / half < 0.02) return 'utf-16be'
  return null
}

function binaryReason(b: Uint8Array, allowNul: boolean): string | null {
  const n = Math.min(b.length, SAMPLE)
  let control = 0
  for (let i = 0; i < n; i++) {
    const c = b[i]
    if (c === 0 && !allowNul) return 'binary content (NUL bytes), not text'
    // Tab, newline, form feed, carriage return and escape occur in text.
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13 && c !== 27) control++
  }
  return n > 0 && control / n > 0.05 ? `binary content (${control} control bytes in the first ${n}), not text` : null
}

// The iconv-lite name for a legacy charset, or null for Unicode forms (handled
// above) and names it does not know. ISO-8859-1 is read as windows-1252, its
// superset, as browsers do.
function legacyName(name: string): string | null {
  const n = name.trim().toLowerCase()
  if (/^(utf-?8|utf-?16|utf-?32|ucs-?2)/.test(n)) return null
  if (n === 'iso-8859-1' || n === 'latin1' || n === 'us-ascii' || n === 'ascii') return 'windows-1252'
  return iconv.encodingExists(n) ? n : null
}

function note(severity: 'info' | 'warning', reason: string): Diagnostic {
  return { reason, ruleId: 'ingest:encoding', severity }
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}
