import type { TimeMention } from '../model/types.js'
import { createContext } from '../pipeline/context.js'
import { recognize } from '../pipeline/recognizer.js'
import type { Tense } from './candidate.js'
import { TIME_RECOGNIZERS, TIME_REFINERS } from './config.js'
import { toMention } from './resolve.js'
import { tenseOf } from './tense.js'

export interface ResolveOptions {
  /** The tense to read every expression in; by default read from the text around each. */
  readonly tense?: 'past' | 'future'
  /** Read ambiguous numeric dates (10/12/2017) day first. */
  readonly dayFirst?: boolean
}

/**
 * Every time expression in a snippet, resolved against `reference` (ISO
 * day, or null: then only expressions that state their year get a value).
 * Spans are offsets into `text`.
 */
export function resolveTimeText(text: string, reference: string | null, options: ResolveOptions = {}): TimeMention[] {
  const ctx = createContext({ docId: 'snippet', source: 'snippet', text, debug: false })
  const candidates = recognize(ctx, TIME_RECOGNIZERS, TIME_REFINERS)
  return candidates.map((c) => {
    const tense: Tense = options.tense ?? tenseOf(text, c.span)
    return toMention(c, { reference, year: null, tense, dayFirst: options.dayFirst })
  })
}
