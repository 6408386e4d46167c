import type { Span } from '../../model/types.js'
import { defineIndex, indexOf, type PipelineContext } from '../../pipeline/context.js'
import { COUNTRY_TABLE } from './classes.js'
import { longestMatch } from './lookup.js'
import { buildPhrases, type Phrase } from './phrases.js'
import { segmentPhrase, type Segment } from './segments.js'
import { scanWords, type Word } from './words.js'

/** The entity stage's reading of one document, shared by its recognizers. */
export interface DocumentScan {
  readonly words: readonly Word[]
  readonly phrases: readonly Phrase[]
  readonly segments: readonly Segment[]
  /** Countries named anywhere in the text (ISO alpha-2). */
  readonly countries: ReadonlySet<string>
  /** Word index of the word starting at a text offset. */
  readonly wordAt: OffsetIndex
  /** Segments by the offset where they end, and where they start. */
  readonly segmentsEndingAt: ReadonlyMap<number, readonly Segment[]>
  readonly segmentsStartingAt: ReadonlyMap<number, readonly Segment[]>
  /** The phrase each word belongs to, if any. */
  readonly phraseOfWord: readonly (Phrase | undefined)[]
  /** The segments read from each phrase. */
  readonly segmentsOf: ReadonlyMap<Phrase, readonly Segment[]>
}

// One scan per document, kept on its context: recognizers of the same
// document share it instead of each re-reading the text.
const SCAN = defineIndex('entity-scan', buildScan)

/** Read the document's words, phrases and segments once (kept on the context). */
export function scanDocument(ctx: PipelineContext): DocumentScan {
  return indexOf(ctx, SCAN)
}

function buildScan(ctx: PipelineContext): DocumentScan {
  const words = scanWords(ctx.text, ctx.sentences, ctx.tokens)
  const countries = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap) continue
    const m = longestMatch(
      words,
      i,
      words.length,
      COUNTRY_TABLE,
      (e, a, b) =>
        !e.exact ||
        words
          .slice(a, b + 1)
          .map((w) => w.text)
          .join('')
          .replace(/\./g, '') === e.exact,
    )
    if (m) countries.add(m[1].code)
  }
  const phrases = buildPhrases(words, (c) => countries.has(c))
  const segmentsOf = new Map(phrases.map((p) => [p, segmentPhrase(p)]))
  const segments = [...segmentsOf.values()].flat()
  const wordAt = new OffsetIndex(ctx.text.length, words)
  const segmentsEndingAt = new Map<number, Segment[]>()
  const segmentsStartingAt = new Map<number, Segment[]>()
  for (const seg of segments) {
    const { start, end } = segmentSpan(seg)
    pushAt(segmentsEndingAt, end, seg)
    pushAt(segmentsStartingAt, start, seg)
  }
  const phraseOfWord: (Phrase | undefined)[] = new Array(words.length)
  for (const p of phrases) for (let k = p.firstWord; k <= p.lastWord; k++) phraseOfWord[k] = p
  return { words, phrases, segments, countries, wordAt, segmentsEndingAt, segmentsStartingAt, phraseOfWord, segmentsOf }
}

/**
 * Word index by start offset, in a typed array as long as the text (a Map
 * of one entry per word was among the entity stage's largest costs).
 */
export class OffsetIndex {
  private readonly at: Int32Array
  constructor(length: number, words: readonly Word[]) {
    this.at = new Int32Array(length + 1).fill(-1)
    for (const w of words) this.at[w.start] = w.index
  }

  get(offset: number): number | undefined {
    const i = Number.isInteger(offset) && offset >= 0 && offset < this.at.length ? this.at[offset] : -1
    return i < 0 ? undefined : i
  }
}

function pushAt<T>(map: Map<number, T[]>, at: number, item: T): void {
  const list = map.get(at)
  if (list) list.push(item)
  else map.set(at, [item])
}

/** Text offsets of a segment. */
export function segmentSpan(seg: Segment): { start: number; end: number } {
  return { start: seg.phrase.elements[seg.first].start, end: seg.phrase.elements[seg.last].end }
}

/** A segment's span and the text it covers. */
export function segmentText(ctx: PipelineContext, seg: Segment): { span: Span; text: string } {
  const span = segmentSpan(seg)
  return { span, text: ctx.text.slice(span.start, span.end) }
}

/** The first unread name segment (no lexicon took it) that starts at offset `at` and `fits`. */
export function unreadStartingAt(scan: DocumentScan, at: number, fits: (seg: Segment) => boolean = () => true): Segment | undefined {
  return (scan.segmentsStartingAt.get(at) ?? []).find((s) => s.kind === 'unknown' && fits(s))
}

/** The first unread name segment that ends at offset `at` and `fits`. */
export function unreadEndingAt(scan: DocumentScan, at: number, fits: (seg: Segment) => boolean = () => true): Segment | undefined {
  return (scan.segmentsEndingAt.get(at) ?? []).find((s) => s.kind === 'unknown' && fits(s))
}
