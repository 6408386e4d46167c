import { TITLES } from '../gazetteer/lexicon.js'

// Titles written only in capitals ("PM", "CEO"): "5 pm" is a time.
const ABBREVIATIONS = new Set(['pm', 'ceo'])

/**
 * Alternation of every title, longest first, words joined by spaces or
 * hyphens, each word in lowercase or capitalized ("prime minister", "Prime
 * Minister"); no case-insensitive flag, so a capital stays a capital elsewhere.
 */
export const TITLE_ALTERNATION: string = [...TITLES]
  .sort((a, b) => b.length - a.length)
  .map((t) =>
    t
      .split(/[ -]+/)
      .map((w) => (ABBREVIATIONS.has(w) ? w.toUpperCase() : /^[a-z]/.test(w) ? `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}` : w))
      .join('[\\s-]+'),
  )
  .join('|')

const TITLE_START = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{M}]+(?:['’]s)?\\s+)?(?:${TITLE_ALTERNATION})\\b`, 'u')

/** True when a title (optionally after a demonym or possessive) starts at `at`. */
export function titleStartsAt(text: string, at: number): boolean {
  return TITLE_START.test(text.slice(at, at + 80))
}
