import type { TimeMention } from '../model/types.js'
import { createContext } from '../pipeline/context.js'
import { recognize } from '../pipeline/recognizer.js'
import type { Tense } from './candidate.js'
import { TIME_RECOGNIZERS, TIME_REFINERS } from './config.js'
import { chronoDates } from './recognizers/chrono-dates.js'
import { dropOverlaps } from './refiners/drop-overlaps.js'
import { toMention } from './resolve.js'
import { tensesOf } from './tense.js'
import type { Sentence } from '../model/types.js'

// Sentence ends for snippets with no text analysis: a stop before a capital, or a line break.
// (?<![.!?]): a run of stops is read once, from its start.
const SENTENCE_END = /(?<![.!?])[.!?]+["'’”)]*\s+(?=["'“‘(]?\p{Lu})|\n+/gu

/** Rough sentences, enough to keep the tense of one sentence from governing the next. */
export function roughSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  SENTENCE_END.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = SENTENCE_END.exec(text)) !== null) {
    const end = m.index + m[0].length
    out.push({ index: out.length, span: { start, end } })
    start = end
  }
  if (start < text.length || out.length === 0) out.push({ index: out.length, span: { start, end: text.length } })
  return out
}

export interface ResolveOptions {
  /** The tense to read every expression in; by default read from the text around each. */
  readonly tense?: 'past' | 'future'
  /** Read ambiguous numeric dates (10/12/2017) day first. */
  readonly dayFirst?: boolean
  /**
   * The text's language (ISO 639-1). Dyad's own rules read English; in another
   * language chrono-node's parser for it reads every expression.
   */
  readonly lang?: string
}

/**
 * Every time expression in a snippet, resolved against `reference` (ISO
 * day, or null: then only expressions that state their year get a value).
 * Spans are offsets into `text`.
 */
export function resolveTimeText(text: string, reference: string | null, options: ResolveOptions = {}): TimeMention[] {
  const ctx = createContext({ docId: 'snippet', source: 'snippet', text, debug: false })
  ctx.sentences = roughSentences(text)
  const english = !options.lang || options.lang === 'en'
  const candidates = english ? recognize(ctx, TIME_RECOGNIZERS, TIME_REFINERS) : recognize(ctx, [chronoDates(options.lang)], [dropOverlaps])
  // Tense markers are English words: another language is read unmarked (chrono's own choice of the nearest day).
  const tenses: Tense[] = options.tense
    ? candidates.map(() => options.tense!)
    : english
      ? tensesOf(
          text,
          ctx.sentences,
          [],
          candidates.map((c) => c.span),
        )
      : candidates.map(() => null)
  return candidates.map((c, i) => toMention(c, { reference, year: null, tense: tenses[i], dayFirst: options.dayFirst }))
}
