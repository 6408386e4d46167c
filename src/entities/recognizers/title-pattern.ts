import { TITLES } from '../gazetteer/lexicon.js'

/** Alternation of every title, longest first, words joined by spaces or hyphens. */
export const TITLE_ALTERNATION: string = [...TITLES]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]+/g, '[\\s-]+'))
  .join('|')

const TITLE_START = new RegExp(`^(?:\\p{Lu}[\\p{L}\\p{M}]+(?:['’]s)?\\s+)?(?:${TITLE_ALTERNATION})\\b`, 'iu')

/** True when a title (optionally after a demonym or possessive) starts at `at`. */
export function titleStartsAt(text: string, at: number): boolean {
  return TITLE_START.test(text.slice(at, at + 80))
}
