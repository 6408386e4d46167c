import type { Word } from './words.js'

/** The phrases of a table word by word: a node per phrase prefix, with the value of the phrase ending there. */
interface TrieNode<V> {
  readonly next: Map<string, TrieNode<V>>
  value: V | undefined
}

/** A folded-phrase table with the length of its longest phrase, for longest-match lookups over words. */
export interface PhraseTable<V> {
  readonly map: ReadonlyMap<string, V>
  readonly maxWords: number
  /** First words of the phrases: most words start none, and are rejected at once. */
  readonly firsts: ReadonlySet<string>
  /** The same phrases as a trie of folded words (the map's keys split on their spaces). */
  readonly trie: TrieNode<V>
}

/** Build a table from folded phrases (words separated by one space). */
export function phraseTable<V>(map: ReadonlyMap<string, V>): PhraseTable<V> {
  let maxWords = 1
  const firsts = new Set<string>()
  const trie: TrieNode<V> = { next: new Map(), value: undefined }
  for (const [k, value] of map) {
    const words = k.split(' ')
    maxWords = Math.max(maxWords, words.length)
    firsts.add(words[0])
    let node = trie
    for (const w of words) {
      let child = node.next.get(w)
      if (!child) node.next.set(w, (child = { next: new Map(), value: undefined }))
      node = child
    }
    node.value = value
  }
  return { map, maxWords, firsts, trie }
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
 *
 * Walks the table's trie a folded word at a time: the key of words i..j is
 * their folds joined by spaces, and a key split on its spaces is the path to
 * its node, so each step reads the node `table.map.get(key)` would (building
 * and hashing the growing key string was most of this function's time). No
 * node means no phrase goes on from there: the walk stops where the key
 * loop would have found nothing more.
 */
export function longestMatch<V>(
  words: readonly Word[],
  i: number,
  limit: number,
  table: PhraseTable<V>,
  accept: (value: V, first: number, last: number) => boolean = () => true,
): [number, V] | null {
  let node: TrieNode<V> | undefined = step(table.trie, words[i].fold)
  if (node === undefined) return null
  let best: [number, V] | null = null
  const end = Math.min(limit, i + table.maxWords * 3)
  for (let j = i; j < end; j++) {
    if (j > i) {
      if (!tight(words[j].gap) && !POSSESSIVE_JOIN.test(words[j].gap)) break
      node = step(node, words[j].fold)
      if (node === undefined) break
    }
    if (node.value !== undefined && accept(node.value, i, j)) best = [j, node.value]
  }
  return best
}

/** The node after one word's fold (a fold may be several words: "U.S." -> "u s"). */
function step<V>(node: TrieNode<V>, fold: string): TrieNode<V> | undefined {
  if (!fold.includes(' ')) return node.next.get(fold)
  let at: TrieNode<V> | undefined = node
  for (const part of fold.split(' ')) if ((at = at.next.get(part)) === undefined) return undefined
  return at
}
