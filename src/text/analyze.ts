import type { Sentence, Token } from '../model/types.js'
import { nlp } from './nlp.js'

export interface TextAnalysis {
  sentences: Sentence[]
  tokens: Token[]
}

// A line break ends a sentence in news text (titles, datelines, captions),
// even where the tokenizer does not think so.
const LINE_BREAK = /\n+/g
const LONG_RUN_GLOBAL = /\S{200,}/g
const breakRun = (run: string) => run.replace(/(\S{99})\S/g, '$1 ')
// A line of only spaces between line breaks (" \n \n \n", from pasted or
// converted pages) makes the tokenizer quadratic (200 KB: 12.8 s); the same
// line of tabs does not. Starts only at a line break, so the scan is linear.
const BLANK_LINE = /\n[ \t\u00a0]+(?=\n)/g
const toTabs = (line: string) => `\n${'\t'.repeat(line.length - 1)}`

/**
 * Sentences, tokens and parts of speech in one pass of wink-nlp. Token
 * offsets are rebuilt from each token's preceding whitespace, so they index
 * the original text exactly.
 */
export function analyzeText(text: string): TextAnalysis {
  const engine = nlp()
  const its = engine.its
  // The tokenizer slows down sharply on very long runs without spaces (a
  // pasted blob, base64): it reads a copy of the same length with such runs
  // broken up, so every offset still indexes the original text.
  // Lines of spaces are read as lines of tabs (same length, same offsets).
  const unbroken = hasLongRun(text) ? text.replace(LONG_RUN_GLOBAL, breakRun) : text
  const readable = unbroken.replace(BLANK_LINE, toTabs)
  const doc = engine.readDoc(readable)
  const values = doc.tokens().out(its.value) as string[]
  const spaces = doc.tokens().out(its.precedingSpaces) as string[]
  const tags = doc.tokens().out(its.pos) as string[]
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][]

  const starts: number[] = new Array(values.length)
  let offset = 0
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length
    // The tokenizer keeps the original characters; should it ever not,
    // re-find the token so offsets stay true to the text.
    if (readable.startsWith(values[i], offset)) starts[i] = offset
    else {
      const found = readable.indexOf(values[i], offset)
      starts[i] = found >= 0 ? found : offset
    }
    offset = starts[i] + values[i].length
  }

  const rawSentences: [number, number][] = []
  for (const [first, last] of sentenceSpans) {
    if (first > last || first >= values.length) continue
    const start = starts[first]
    const end = starts[last] + values[last].length
    splitOnLines(text, start, end, rawSentences)
  }
  if (rawSentences.length === 0 && text.trim()) splitOnLines(text, 0, text.length, rawSentences)

  const sentences: Sentence[] = joinSplitWords(text, rawSentences).map(([start, end], index) => ({ index, span: { start, end } }))
  const tokens: Token[] = []
  let s = 0
  for (let i = 0; i < values.length; i++) {
    if (tags[i] === 'SPACE') continue
    const start = starts[i]
    while (s < sentences.length - 1 && start >= sentences[s].span.end) s++
    tokens.push({ span: { start, end: start + values[i].length }, text: text.slice(start, start + values[i].length), pos: tags[i], sentence: s })
  }
  return { sentences, tokens }
}

/**
 * Whether 200 characters in a row are not whitespace (what `/\S{200}/` tells):
 * counted in one pass, where the pattern read each word again from every
 * letter (some 50 ms per 2 MB, for a text that almost never has such a run).
 */
export function hasLongRun(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) run = 0
    else if (++run >= 200) return true
  }
  return false
}

/** `\s` of a regular expression, for one UTF-16 code unit. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  )
}

function splitOnLines(text: string, start: number, end: number, out: [number, number][]): void {
  const piece = text.slice(start, end)
  LINE_BREAK.lastIndex = 0
  let from = 0
  let match: RegExpExecArray | null
  while ((match = LINE_BREAK.exec(piece)) !== null) {
    pushTrimmed(text, start + from, start + match.index, out)
    from = match.index + match[0].length
  }
  pushTrimmed(text, start + from, end, out)
}

function pushTrimmed(text: string, start: number, end: number, out: [number, number][]): void {
  while (start < end && /\s/.test(text[start])) start++
  while (end > start && /\s/.test(text[end - 1])) end--
  if (end > start) out.push([start, end])
}

/**
 * A sentence never ends inside a word: where one ends with a period and the
 * next starts right after it, with no space ("(RM33.9 billion)" read as
 * "RM33." and "9 billion)"), the two are one sentence.
 */
function joinSplitWords(text: string, sentences: readonly [number, number][]): [number, number][] {
  // One pass forward (a splice per join was quadratic on "1.2.3.4..."): each
  // join depends only on the boundary between two read sentences.
  const out: [number, number][] = []
  for (const [next, nextEnd] of sentences) {
    const last = out[out.length - 1]
    if (last && next === last[1] && text[last[1] - 1] === '.' && /[\p{L}\p{N}]/u.test(text[next] ?? '')) last[1] = nextEnd
    else out.push([next, nextEnd])
  }
  return out
}
