import type { Word } from './words.js'

/** A folded-phrase table with the length of its longest phrase, for longest-match lookups over words. */
export interface PhraseTable<V> {
  readonly map: ReadonlyMap<string, V>
  readonly maxWords: number
  /** First words of the phrases: most words start none, and are rejected at once. */
  readonly firsts: ReadonlySet<string>
}

/** Build a table from folded phrases (words separated by one space). */
export function phraseTable<V>(map: ReadonlyMap<string, V>): PhraseTable<V> {
  let maxWords = 1
  const firsts = new Set<string>()
  for (const k of map.keys()) {
    const words = k.split(' ')
    maxWords = Math.max(maxWords, words.length)
    firsts.add(words[0])
  }
  return { map, maxWords, firsts }
}

/** A set of folded phrases as a table. */
export function phraseSet(phrases: Iterable<string>): PhraseTable<true> {
  return phraseTable(new Map([...phrases].map((p) => [p.replace(/-/g, ' '), true as const])))
}

// Words of one name are separated by spaces or a hyphen, never by a comma,
// a line break or a bracket.
const TIGHT = /^(?:[ \t\u00a0]+|[ \t\u00a0]*[-–][ \t\u00a0]*)$/

// "People's Republic": a possessive inside a name.
const POSSESSIVE_JOIN = /^['’]s?[ \t]+$/

/** True when the gap between two words keeps them inside one name. */
export function tight(gap: string): boolean {
  return TIGHT.test(gap)
}

/**
 * The longest phrase of `table` starting at word `i` and ending before word
 * `limit`: [last word index, value], or null. `accept` may reject a match
 * (for instance a lowercase spelling of a capitalized name).
 */
export function longestMatch<V>(
  words: readonly Word[],
  i: number,
  limit: number,
  table: PhraseTable<V>,
  accept: (value: V, first: number, last: number) => boolean = () => true,
): [number, V] | null {
  const head = words[i].fold
  if (!table.firsts.has(head.includes(' ') ? head.slice(0, head.indexOf(' ')) : head)) return null
  let key = ''
  let best: [number, V] | null = null
  const end = Math.min(limit, i + table.maxWords * 3)
  let count = 0
  for (let j = i; j < end; j++) {
    if (j > i && !tight(words[j].gap) && !POSSESSIVE_JOIN.test(words[j].gap)) break
    // A word may fold to several ("U.S." -> "u s"); count folded words.
    key = j === i ? words[j].fold : `${key} ${words[j].fold}`
    count += words[j].width
    if (count > table.maxWords) break
    const value = table.map.get(key)
    if (value !== undefined && accept(value, i, j)) best = [j, value]
  }
  return best
}
