import { escapeRegExp } from './regex.js'

interface Node {
  readonly next: Map<string, Node>
  end: boolean
}

/**
 * A regular-expression source for "one of these words", written as a trie
 * (`talk(?:ed|s)?` rather than `talked|talks|talk`). It matches what the
 * flat alternation `words.join('|')` matches, with the same priority, when
 * no word comes after a longer word it begins (sorted longest first, say)
 * and no two characters that differ can match the same text (under the
 * pattern's flags: with `i`, give the words in one case). V8 tries a flat
 * alternation's words one by one at every position: with a thousand verb
 * forms that was one of the pipeline's largest costs; the trie reads a
 * position's first letter once.
 *
 * @param words
 *   the words, in the priority of the flat alternation; a word is a string
 *   (of characters) or a list of pieces (each rendered as one character is)
 * @param render
 *   the source of one character (default: escaped; e.g. `\s+` for a space)
 */
export function trieSource(words: readonly (string | readonly string[])[], render: (char: string) => string = escapeRegExp): string {
  const root: Node = { next: new Map(), end: false }
  for (const word of words) {
    let node = root
    for (const char of word) {
      if (node.end) throw new Error(`trieSource: \`${word}\` comes after a word it begins; give longer words first`)
      let child = node.next.get(char)
      if (!child) node.next.set(char, (child = { next: new Map(), end: false }))
      node = child
    }
    node.end = true
  }
  return emit(root, render)
}

// Branches of a node begin with different characters, so at most one of them
// can match: their order does not matter. A word ending at a node is tried
// after the longer words through it (an optional group is greedy), as in the
// flat alternation.
function emit(node: Node, render: (char: string) => string): string {
  const branches = [...node.next].map(([char, child]) => render(char) + emit(child, render))
  if (branches.length === 0) return ''
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`
  return node.end ? `(?:${body})?` : body
}
