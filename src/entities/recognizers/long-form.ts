import type { Span } from '../../model/types.js'

const ALNUM = /[a-z0-9]/

function foldChar(c: string): string {
  const base = c.normalize('NFD')[0].toLowerCase()
  return base === 'đ' ? 'd' : base === 'ı' ? 'i' : base
}

/**
 * The shortest stretch before `end` whose letters spell the acronym, the
 * first letter at the start of a word (Schwartz & Hearst 2003), within
 * `min(n + 5, 2n)` words. Returns null when the letters do not fit or the
 * long form does not start with a capital.
 */
export function longFormBefore(text: string, from: number, paren: number, acronym: string): Span | null {
  let end = paren
  while (end > from && /\s/.test(text[end - 1])) end--
  const letters = [...acronym].map(foldChar).filter((c) => ALNUM.test(c))
  if (letters.length < 2 || end <= from) return null
  const window = text.slice(from, end)
  const folded = [...window].map(foldChar)
  let s = letters.length - 1
  let l = folded.length - 1
  while (s >= 0) {
    const c = letters[s]
    while (l >= 0 && (folded[l] !== c || (s === 0 && l > 0 && ALNUM.test(folded[l - 1])))) l--
    if (l < 0) return null
    l--
    s--
  }
  const start = from + l + 1
  const long = text.slice(start, end)
  const words = long.split(/[\s-]+/).filter(Boolean).length
  if (words > Math.min(letters.length + 5, letters.length * 2) || words < 2) return null
  if (!/^\p{Lu}/u.test(long)) return null
  return { start, end }
}
