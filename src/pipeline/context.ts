import type {
  Diagnostic,
  DocumentMeta,
  Entity,
  EntityMention,
  EventMention,
  IndicatorMention,
  Published,
  Sentence,
  Span,
  TimeMention,
  Token,
} from '../model/types.js'
import { startBudget, type Budget } from './budget.js'

/**
 * The per-document working state that every stage reads and extends, in
 * pipeline order: text, time, entities, events, indicators. One context per
 * document; stages never keep state of their own between documents.
 */
export interface PipelineContext {
  readonly docId: string
  readonly source: string
  readonly text: string
  readonly meta: DocumentMeta
  sentences: Sentence[]
  tokens: Token[]
  language: string | null
  /** The document's own date, stated or inferred (time stage). */
  published: Published | null
  /** The day relative expressions are anchored to, or null when unknown. */
  reference: string | null
  times: TimeMention[]
  entities: EntityMention[]
  actors: Entity[]
  events: EventMention[]
  /** Negated, denied and hypothetical event mentions (events stage). */
  unassertedEvents: EventMention[]
  indicators: IndicatorMention[]
  diagnostics: Diagnostic[]
  /** Lazy debug output: the message is only built when debugging is on. */
  debug(message: () => string): void
  /** The document's time limit, checked between recognizers (absent: none). */
  readonly budget?: Budget
}

export interface ContextInit {
  docId: string
  source: string
  text: string
  meta?: DocumentMeta
  debug?: boolean
  /** Milliseconds the pipeline may spend on this document (absent: no limit). */
  budgetMs?: number
}

export function createContext(init: ContextInit): PipelineContext {
  const debugOn = init.debug ?? process.env.DYAD_DEBUG === '1'
  return {
    docId: init.docId,
    source: init.source,
    text: init.text,
    meta: init.meta ?? {},
    sentences: [],
    tokens: [],
    language: null,
    published: null,
    reference: null,
    times: [],
    entities: [],
    actors: [],
    events: [],
    unassertedEvents: [],
    indicators: [],
    diagnostics: [],
    debug(message) {
      if (debugOn) process.stderr.write(`[dyad ${init.source}] ${message()}\n`)
    },
    ...(init.budgetMs !== undefined ? { budget: startBudget(init.source, init.budgetMs) } : {}),
  }
}

/** The sentence containing `offset` (binary search), or undefined. */
export function sentenceAt(ctx: PipelineContext, offset: number): Sentence | undefined {
  const list = ctx.sentences
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = list[mid]
    if (offset < s.span.start) hi = mid - 1
    else if (offset >= s.span.end) lo = mid + 1
    else return s
  }
  return undefined
}

/** Records whose span lies inside `span`. */
export function within<T extends { span: Span }>(records: readonly T[], span: Span): T[] {
  return records.filter((r) => r.span.start >= span.start && r.span.end <= span.end)
}

/** Tokens of one sentence. */
export function tokensOf(ctx: PipelineContext, sentence: Sentence): Token[] {
  return ctx.tokens.filter((t) => t.sentence === sentence.index)
}
