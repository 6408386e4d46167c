import type { Sentence, Token } from '../../model/types.js'
import { foldName } from '../../util/fold.js'
import { rememberedByString } from '../../util/memo.js'

/** A word of the document as the entity scanner sees it. */
export interface Word {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  /** `foldName` of the word ("Việt" -> "viet", "People's" -> "people"). */
  readonly fold: string
  /** How many folded words it makes ("U.S." -> 2). */
  readonly width: number
  /** First letter is a capital. */
  readonly cap: boolean
  /** Every letter is a capital and there are at least two ("CPV", "U.S."). */
  readonly caps: boolean
  /** On a line written mostly in capitals (a headline), or a time zone after a clock time ("18:42 JST"): capitals there are no acronyms. */
  readonly shouted: boolean
  /** The raw text between the previous word and this one. */
  readonly gap: string
  /** First word of a sentence, a line or a quotation: its capital says nothing. */
  readonly opener: boolean
  readonly sentence: number
  /** Part of speech of the first wink-nlp token inside the word. */
  readonly pos: string
}

// Letters with their combining marks, so a Vietnamese or Turkish name stays
// one word (the wink tokenizer splits "Phạm" into pieces). Dotted initialisms
// ("U.S.", "H.E.") are one word too. Hyphens separate words.
// An apostrophe inside a name stays in it: "O'Brien", "Sing'oei" (not "Kenya's", "don't").
export const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{Lu}[\p{L}\p{M}\p{N}]*|['’](?!s\b)\p{Ll}{2,}[\p{L}\p{M}\p{N}]*)?|['’]s\b/gu
const PLAIN = /^[A-Za-z0-9]+$/
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u
const OPENER = /[“"‘«(—–:|]$/

/** What a word's spelling alone says about it. */
type Spelling = Pick<Word, 'fold' | 'width' | 'cap' | 'caps'>

// Folding and the letter tests are the costly part of the scan, and news
// repeats its words from one article to the next: each spelling is read once
// for the process (util/memo: bounded, keyed by a copy of the word).
const spelling = rememberedByString((w: string): Spelling => {
  const fold = PLAIN.test(w) ? w.toLowerCase() : foldName(w)
  return {
    fold,
    width: fold.split(' ').length,
    cap: UPPER.test(w[0]),
    caps: w.replace(/[^\p{L}]/gu, '').length >= 2 && !LOWER.test(w),
  }
})

/**
 * Split the text into words in one pass, with the sentence and part of
 * speech of each (both read from the text stage through moving pointers).
 */
export function scanWords(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Word[] {
  const words: Word[] = []
  let s = 0
  let t = 0
  let prevEnd = 0
  let prevSentence = -1
  WORD.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = WORD.exec(text)) !== null) {
    // A possessive ending stays in the gap: "People's Republic".
    if (m[0].length === 2 && (m[0][0] === "'" || m[0][0] === '’')) continue
    const start = m.index
    const end = start + m[0].length
    // "US$", "HK$": a currency sign, not a country.
    if (text[end] === '$') continue
    while (s < sentences.length - 1 && start >= sentences[s].span.end) s++
    while (t < tokens.length && tokens[t].span.end <= start) t++
    const pos = t < tokens.length && tokens[t].span.start < end ? tokens[t].pos : 'X'
    const gap = text.slice(prevEnd, start)
    const sentence = sentences.length ? s : 0
    const { fold, width, cap, caps } = spelling(m[0])
    words.push({
      index: words.length,
      start,
      end,
      text: m[0],
      fold,
      width,
      cap,
      caps,
      shouted: false,
      gap,
      opener: sentence !== prevSentence || opens(gap),
      sentence,
      pos,
    })
    prevEnd = end
    prevSentence = sentence
  }
  markShouting(words)
  markClockZones(words)
  return words
}

// "18:42 JST", "9:00 EAT": capitals right after a clock time name its time zone.
function markClockZones(words: Word[]): void {
  for (let i = 2; i < words.length; i++) {
    // Read the word first: most are no time zone, and building the three into an array for every word was a cost of its own.
    const w = words[i]!
    if (!w.caps || w.text.length > 5) continue
    const hour = words[i - 2]!
    const minute = words[i - 1]!
    if (/^[ \t]+$/.test(w.gap) && minute.gap === ':' && /^\d{2}$/.test(minute.text) && /^\d{1,2}$/.test(hour.text)) (w as { shouted: boolean }).shouted = true
  }
}

// A line of four or more words, most of them in capitals, is a headline.
function markShouting(words: Word[]): void {
  let from = 0
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && (i === from || !words[i].gap.includes('\n'))) continue
    const line = words.slice(from, i)
    const caps = line.filter((w) => w.caps).length
    if (line.length >= 4 && caps * 2 > line.length) for (const w of line) (w as { shouted: boolean }).shouted = true
    from = i
  }
}

/**
 * The gap ends in a line break or an opening mark, then only spaces
 * ("[\n“"‘«(—–:|]\s*$" without its scan from every mark of a long gap).
 */
function opens(gap: string): boolean {
  // Most gaps are one space: no mark, no line break.
  if (gap === ' ') return false
  const end = gap.trimEnd()
  return OPENER.test(end) || gap.slice(end.length).includes('\n')
}
