// Quotes shortened for a table or a summary end between words, never inside
// one ("… to cont…" reads as a typo of the source).

/** The fewest characters kept before clipping at a word boundary: a quote never shrinks to a stub. */
const MIN_SHARE = 0.6

/**
 * Collapse whitespace and keep at most `n` characters, ellipsis included,
 * cut at the last word boundary (a trailing comma or colon dropped); a text
 * without a boundary in its last 40% (or the share `keep` asks) is cut where it must be.
 */
export function clipWords(text: string, n: number, keep = MIN_SHARE): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= n) return t
  const room = t.slice(0, n - 1)
  const space = room.lastIndexOf(' ')
  const cut = t[n - 1] === ' ' ? room : space > 0 && space >= n * keep ? room.slice(0, space) : room
  return `${trimPunctuationEnd(cut)}…`
}

const TRAILING = new Set([' ', ',', ';', ':', '–', '—', '-'])

/** Drop spaces and joining punctuation at the end (a loop: an end-anchored regex backtracks on long runs). */
function trimPunctuationEnd(s: string): string {
  let end = s.length
  while (end > 0 && TRAILING.has(s[end - 1]!)) end--
  return s.slice(0, end)
}
