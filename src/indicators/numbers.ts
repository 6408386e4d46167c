import { NUMBER_WORDS } from '../util/number-words.js'

/**
 * Numbers as news text writes them: digits with thousands separators,
 * decimals, scale words ("171.9 billion", "AED 1bn", "Rs 5,000 crore") and
 * small number words ("five projects").
 */

/** Digits: "4,965", "171.9", "1 100" is not supported (ambiguous with lists). */
export const NUMBER_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`

/** Scale words and abbreviations, longest first so the alternation is greedy. */
export const SCALE_SOURCE = String.raw`trillion|billion|million|thousand|crores?|lakhs?|bln|mln|bn|mn|tn|m|b|k`

const SCALES: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  crore: 1e7,
  crores: 1e7,
  lakh: 1e5,
  lakhs: 1e5,
}

/** Number words that can stand for a count ("five investment projects"). */
export const WORD_NUMBER_SOURCE = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')

/**
 * Parse the digits of a figure. A comma followed by exactly three digits is a
 * thousands separator; any other comma is a decimal mark ("2,5 billion").
 */
export function parseDigits(text: string): number | null {
  let t = text.trim()
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, '')
  else t = t.replace(',', '.')
  const n = Number(t)
  return Number.isFinite(n) ? n : null
}

/** A number word or digits, e.g. "five" -> 5, "4,965" -> 4965. */
export function parseCount(text: string): number | null {
  const word = NUMBER_WORDS[text.toLowerCase()]
  if (word !== undefined) return word
  return parseDigits(text)
}

/** The multiplier of a scale word ("billion" -> 1e9), 1 when absent. */
export function scaleOf(word: string | undefined): number {
  if (!word) return 1
  return SCALES[word.toLowerCase()] ?? 1
}

/** Round away floating-point noise: 171.9 * 1e9 -> 171900000000. */
export function scaled(value: number, scale: number): number {
  const v = value * scale
  return Math.abs(v) >= 1 ? Math.round(v * 1e6) / 1e6 : v
}

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
}

export const ORDINAL_SOURCE =
  String.raw`(?:` +
  Object.keys(ORDINALS)
    .sort((a, b) => b.length - a.length)
    .join('|') +
  String.raw`|\d{1,3}(?:st|nd|rd|th))`

/** "sixth" -> 6, "3rd" -> 3. */
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase()
  if (ORDINALS[t] !== undefined) return ORDINALS[t]
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(t)
  return m ? Number(m[1]) : null
}
