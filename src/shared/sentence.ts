/** Sentence ends: `.`, `!` or `?` (optionally closed by a quote or bracket) before space, or a blank line. */
const END = /[.!?]["'”’)\]]?(?=\s)|\n\s*\n/g

/**
 * The sentence of `text` that contains `[start, end)`: the figure "$148.6
 * billion" becomes the sentence that states it, so a reader sees the claim
 * and its context. Cheap heuristic (the stored span is the evidence that
 * counts; this only widens the quote). Linear in the text length.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0
  let to = text.length
  END.lastIndex = 0
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const stop = m.index + m[0].length
    // a full stop after an abbreviation-like single capital ("U.S.") is not an end
    if (m[0].startsWith('.') && /\b[A-Z]$/.test(text.slice(Math.max(0, m.index - 2), m.index))) continue
    if (stop <= start) from = stop
    else if (m.index >= end - 1) {
      to = stop
      break
    }
  }
  return text.slice(from, to).replace(/\s+/g, ' ').trim()
}
