/**
 * A pure function of a string, remembered for the process: news repeats its
 * words and names from one article to the next, and each is read by several
 * rules. Bounded (cleared when full, so memory stays flat; a clear only costs
 * computing again), and keyed by a copy of the string: a word sliced from a
 * text would keep the whole document alive in the map.
 */
export function rememberedByString<T>(compute: (key: string) => T, max = 50_000): (key: string) => T {
  const known = new Map<string, T>()
  return (key) => {
    let value = known.get(key)
    if (value === undefined) {
      value = compute(key)
      if (known.size >= max) known.clear()
      known.set(Array.from(key).join(''), value)
    }
    return value
  }
}

/**
 * A pure function of a whole text, remembered for the last text only: two
 * stages read the same document's text with it (the time stage's dating and
 * the entity stage's office-holder names), one right after the other.
 * Holding one text keeps memory flat; a different text computes anew.
 */
export function rememberedForLastText<T>(compute: (text: string) => T): (text: string) => T {
  let last: { readonly text: string; readonly value: T } | null = null
  return (text) => {
    if (last === null || last.text !== text) last = { text, value: compute(text) }
    return last.value
  }
}
