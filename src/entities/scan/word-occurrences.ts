import { WORD, type Word } from './words.js'

/** The scanner's word pattern, read at one place of a form. */
const FIRST_WORD = new RegExp(WORD.source, 'uy')

/**
 * Where each form occurs in `text` at the start of a word, in text order:
 * what `text.indexOf(form, at + 1)` from the start finds, less the places no
 * word starts at. Searching the whole text for each form was quadratic on a
 * long text (a 400,000-character section read some two thousand forms, each
 * across the whole text). A form that begins a word begins with that word:
 * the scanner reads the same word wherever the same characters follow, so
 * only the starts of words spelled as the form's first word are compared.
 */
export function wordStartOccurrences(text: string, words: readonly Word[]): (form: string) => number[] {
  const startsOf = new Map<string, number[]>()
  for (const w of words) {
    const list = startsOf.get(w.text)
    if (list) list.push(w.start)
    else startsOf.set(w.text, [w.start])
  }
  // Every word start, for the forms searched in full: made once, when the first such form comes.
  let starts: ReadonlySet<number> | null = null
  return (form) => {
    FIRST_WORD.lastIndex = 0
    const first = FIRST_WORD.exec(form)?.[0]
    // The pattern never reads on past whitespace (each way it goes on starts with a letter, digit, mark,
    // apostrophe or dot), so a first word followed by a space is read the same in the text. A form
    // without one (a single word) may start a longer word there: searched in full.
    if (first === undefined || !/\s/.test(form.charAt(first.length))) return searched(text, (starts ??= new Set(words.map((w) => w.start))), form)
    return (startsOf.get(first) ?? []).filter((at) => text.startsWith(form, at))
  }
}

/** The word starts where `form` occurs, by searching the whole text. */
function searched(text: string, starts: ReadonlySet<number>, form: string): number[] {
  const out: number[] = []
  if (form.length === 0) return out
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (starts.has(at)) out.push(at)
  return out
}
