import type { Word } from './words.js'

/** Characters of a form's start that pick the word starts to compare it with. */
const KEY_CHARS = 6

/**
 * Where each form occurs in `text` at the start of a word, in text order:
 * what `text.indexOf(form, at + 1)` from the start finds, less the places no
 * word starts at. Searching the whole text for each form was quadratic on a
 * long text (a 400,000-character section read some two thousand forms, each
 * across the whole text); here each form is compared only with the word
 * starts that begin with the same few characters.
 */
export function wordStartOccurrences(text: string, words: readonly Word[]): (form: string) => number[] {
  // Word starts by their first `length` characters, one table per length asked for (forms shorter than KEY_CHARS).
  const tables = new Map<number, Map<string, number[]>>()
  const table = (length: number) => {
    let byKey = tables.get(length)
    if (!byKey) {
      byKey = new Map()
      for (const w of words) {
        const key = text.slice(w.start, w.start + length)
        const list = byKey.get(key)
        if (list) list.push(w.start)
        else byKey.set(key, [w.start])
      }
      tables.set(length, byKey)
    }
    return byKey
  }
  return (form) => {
    if (form.length === 0) return []
    const length = Math.min(form.length, KEY_CHARS)
    const starts = table(length).get(form.slice(0, length)) ?? []
    return starts.filter((at) => text.startsWith(form, at))
  }
}
