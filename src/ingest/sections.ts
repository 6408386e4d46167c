import type { SourceDocument } from '../model/types.js'
import type { IngestItem } from './result.js'

/** Rule id of the note each section of a split text carries. */
export const SECTION_RULE = 'ingest:section'

/**
 * Longest text the pipeline reads as one document, in characters. The
 * pipeline takes about 2.5 s on 250,000 characters of news on this machine
 * but 7 s on a million and 39 s on two (bench `--ingest`, section sizes):
 * longer texts are split into sections of at most this size, each stored
 * as its own document, instead of being refused.
 */
export const MAX_SECTION_CHARS = 200_000

/**
 * The items with every document longer than `maxChars` split into
 * sections (see splitText). Section 1 keeps the document's source and URL,
 * so a new version of the text replaces it; section n > 1 is named
 * `<source>#section-n` (its URL likewise). Each section notes where it
 * lies in the whole text; the reader's own diagnostics stay with section 1,
 * whose offsets they share.
 */
export function inSections(items: readonly IngestItem[], maxChars: number): IngestItem[] {
  return items.flatMap((item) =>
    item.ok && item.doc.text.length > maxChars ? sectionsOf(item.doc, maxChars).map((doc) => ({ ok: true as const, doc })) : [item],
  )
}

function sectionsOf(doc: SourceDocument, maxChars: number): SourceDocument[] {
  const parts = splitText(doc.text, maxChars)
  return parts.map(({ start, end }, i) => {
    const n = i + 1
    const note = {
      reason: `${doc.source}: section ${n} of ${parts.length} (characters ${start}-${end} of ${doc.text.length}): the text is longer than ${maxChars} characters, so it is read in sections`,
      ruleId: SECTION_RULE,
      severity: 'info' as const,
    }
    const suffix = n === 1 ? '' : `#section-${n}`
    return {
      source: `${doc.source}${suffix}`,
      text: doc.text.slice(start, end),
      meta: { ...doc.meta, ...(doc.meta.url && suffix ? { url: `${doc.meta.url.split('#')[0]}${suffix}` } : {}) },
      diagnostics: n === 1 ? [...doc.diagnostics, note] : [note],
    }
  })
}

/**
 * Cut `text` into consecutive pieces of at most `maxChars` characters,
 * each ending at the last paragraph break before the limit, else the last
 * line break, else the last sentence end, else the last space (a hard cut,
 * never inside a surrogate pair, when a piece has none). Linear: one
 * backward search per piece, within the piece.
 */
export function splitText(text: string, maxChars: number): { start: number; end: number }[] {
  if (!Number.isInteger(maxChars) || maxChars < 1000) throw new Error(`sections must hold at least 1000 characters, not ${maxChars}`)
  const out: { start: number; end: number }[] = []
  let start = 0
  while (text.length - start > maxChars) {
    const limit = start + maxChars
    const end = breakBefore(text, start + Math.floor(maxChars / 2), limit)
    out.push({ start, end })
    start = end
  }
  out.push({ start, end: text.length })
  return out
}

/** Where to end a piece within [from, limit]: after the best break found there. */
function breakBefore(text: string, from: number, limit: number): number {
  // Searched within the window only: a text without paragraph breaks costs one window per piece.
  const window = text.slice(from, limit)
  for (const mark of ['\n\n', '\n', '. ', ' ']) {
    const at = window.lastIndexOf(mark)
    if (at >= 0) return from + at + mark.length
  }
  const code = text.charCodeAt(limit)
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit
}
