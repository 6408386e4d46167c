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
  WindowFacts,
} from '../model/types.js'
import { itemAt } from '../util/spans.js'
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
  /** The window's first days that leave every time mention as it is (time stage; null unless dated by an inferred window). */
  firstDays: WindowFacts['firstDays'] | null
  /** No figure dated by the window agrees with one that is not on all but the period (indicators stage). */
  figuresApart: boolean
  /** The years that, lent by other documents, would not change the document's date (time stage; WindowFacts.yearsLentIdle). */
  yearsLentIdle: readonly number[]
  /** Lazy debug output: the message is only built when debugging is on. */
  debug(message: () => string): void
  /** The document's time limit, checked between recognizers (absent: none). */
  readonly budget?: Budget
  /** Per-document indexes, each built on first use from what the stages have set (see `indexOf`). */
  readonly indexes: Map<DocumentIndex<unknown>, unknown>
}

/**
 * A per-document index: a reading of the context that many recognizers look
 * up (the entity scan, sentences with their mentions, the document's pair),
 * built once on first use and kept on the context, so it dies with the
 * document and no module keeps state between documents. An index reads
 * only what earlier stages have finished (entities are final when events
 * run), so building it later would give the same value.
 */
export interface DocumentIndex<T> {
  readonly name: string
  build(ctx: PipelineContext): T
}

export function defineIndex<T>(name: string, build: (ctx: PipelineContext) => T): DocumentIndex<T> {
  return { name, build }
}

/** The context's `index`, built now if this is its first use. */
export function indexOf<T>(ctx: PipelineContext, index: DocumentIndex<T>): T {
  const key = index as DocumentIndex<unknown>
  if (ctx.indexes.has(key)) return ctx.indexes.get(key) as T
  const value = index.build(ctx)
  ctx.indexes.set(key, value)
  return value
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
    firstDays: null,
    figuresApart: true,
    yearsLentIdle: [],
    indexes: new Map(),
    debug(message) {
      if (debugOn) process.stderr.write(`[dyad ${init.source}] ${message()}\n`)
    },
    ...(init.budgetMs !== undefined ? { budget: startBudget(init.source, init.budgetMs) } : {}),
  }
}

/** The sentence containing `offset` (binary search), or undefined. */
export function sentenceAt(ctx: PipelineContext, offset: number): Sentence | undefined {
  return itemAt(ctx.sentences, offset, (s) => s.span)
}

/** Records whose span lies inside `span`. */
export function within<T extends { span: Span }>(records: readonly T[], span: Span): T[] {
  return records.filter((r) => r.span.start >= span.start && r.span.end <= span.end)
}

/** Tokens of one sentence. */
export function tokensOf(ctx: PipelineContext, sentence: Sentence): Token[] {
  return ctx.tokens.filter((t) => t.sentence === sentence.index)
}
