import { trieSource } from '../../util/word-trie.js'
import { TITLES } from '../gazetteer/lexicon.js'

// Titles written only in capitals ("PM", "CEO"): "5 pm" is a time.
const ABBREVIATIONS = new Set(['pm', 'ceo'])

/** A title's word as pieces of a pattern: a lowercase word's first letter in either case, then its letters. */
function wordPieces(w: string): string[] {
  return /^[a-z]/.test(w) ? [`[${w[0]}${w[0].toUpperCase()}]`, ...w.slice(1)] : [...w]
}

const LONGEST_FIRST = [...TITLES].sort((a, b) => b.length - a.length)

/**
 * Alternation of every title, longest first, words joined by spaces or
 * hyphens, each word in lowercase or capitalized ("prime minister", "Prime
 * Minister"); no case-insensitive flag, so a capital stays a capital elsewhere.
 * The titles are one trie (trieSource: the flat alternation of 130 titles
 * was tried title by title at every word, among the entity stage's costliest
 * patterns). The abbreviations (titles of their own) come last, as they did
 * among the shortest titles: in capitals only, they match where no other title does.
 */
export const TITLE_ALTERNATION: string = [
  trieSource(
    LONGEST_FIRST.filter((t) => !ABBREVIATIONS.has(t)).map((t) => t.split(/[ -]+/).flatMap((w, i) => [...(i > 0 ? ['[\\s-]+'] : []), ...wordPieces(w)])),
    (piece) => piece,
  ),
  ...LONGEST_FIRST.filter((t) => ABBREVIATIONS.has(t)).map((t) => t.toUpperCase()),
].join('|')

const TITLE_START = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{M}]+(?:['’]s)?\\s+)?(?:${TITLE_ALTERNATION})\\b`, 'u')

/** True when a title (optionally after a demonym or possessive) starts at `at`. */
export function titleStartsAt(text: string, at: number): boolean {
  return TITLE_START.test(text.slice(at, at + 80))
}
