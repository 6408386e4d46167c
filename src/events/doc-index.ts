import { defineIndex, indexOf, type PipelineContext } from '../pipeline/context.js'
import type { EntityMention, Sentence, Span, TimeMention, Token } from '../model/types.js'
import { itemAt } from '../util/spans.js'
import { clauseCuts } from './clause.js'

/** What the recognizers look up per sentence, computed once per document. */
export interface SentenceInfo {
  readonly sentence: Sentence
  readonly text: string
  readonly tokens: readonly Token[]
  readonly entities: readonly EntityMention[]
  readonly times: readonly TimeMention[]
  /** Photo captions and credits: never a source of events. */
  readonly caption: boolean
  /** A title or section heading: a line without closing punctuation. */
  readonly heading: boolean
  /** Where its clauses meet (clause.ts: clauseCuts), read on first use: recognizers ask for the clause of each trigger. */
  readonly cuts: readonly Span[]
}

export interface DocIndex {
  readonly sentences: readonly SentenceInfo[]
  /** Entity mentions in document order. */
  readonly entities: readonly EntityMention[]
}

const CAPTION =
  /(?:^\(?\s*(?:cover|photo|file photo|image|pictured)\b|\bphoto\s*:|\bphoto by\b|__photo|\/\s*(?:xinhua|afp|reuters|ap|vna)(?:\s*\))?\s*$|\((?:l|r|c|left|right|center|2nd [lr]|3rd [lr])\)\s)/i
const CLOSING = /[.!?:;"”’)\]]\s*$/

// Built once per document, kept on its context; it changes nothing in the context.
const DOC_INDEX = defineIndex('event-doc-index', buildDocIndex)

/** Sentences with their tokens, entity and time mentions (one pass each). */
export function docIndex(ctx: PipelineContext): DocIndex {
  return indexOf(ctx, DOC_INDEX)
}

function buildDocIndex(ctx: PipelineContext): DocIndex {
  const entities = [...ctx.entities].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
  const times = [...ctx.times].sort((a, b) => a.span.start - b.span.start)
  const tokensBy: Token[][] = ctx.sentences.map(() => [])
  for (const t of ctx.tokens) tokensBy[t.sentence]?.push(t)
  let e = 0
  let m = 0
  const sentences = ctx.sentences.map((sentence, i) => {
    const { start, end } = sentence.span
    const ents: EntityMention[] = []
    while (e < entities.length && entities[e].span.start < start) e++
    for (let k = e; k < entities.length && entities[k].span.start < end; k++) ents.push(entities[k])
    const tms: TimeMention[] = []
    while (m < times.length && times[m].span.start < start) m++
    for (let k = m; k < times.length && times[k].span.start < end; k++) tms.push(times[k])
    const text = ctx.text.slice(start, end)
    const words = text.split(/\s+/).length
    let cuts: readonly Span[] | undefined
    const info: SentenceInfo = {
      sentence,
      text,
      tokens: tokensBy[i] ?? [],
      entities: ents,
      times: tms,
      caption: CAPTION.test(text),
      // A cut-off last line ("... on his first tr") is not a heading.
      heading: !CLOSING.test(text) && words <= 20 && isLine(ctx.text, start, end) && ctx.text.slice(end).trim() !== '',
      get cuts() {
        return (cuts ??= clauseCuts(info))
      },
    }
    return info
  })
  return { sentences, entities }
}

function isLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1)
  const lineStart = before + 1
  const after = text.indexOf('\n', end)
  const lineEnd = after < 0 ? text.length : after
  return text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === ''
}

/** The sentence info at a document offset, by binary search. */
export function sentenceInfoAt(index: DocIndex, offset: number): SentenceInfo | undefined {
  return itemAt(index.sentences, offset, (s) => s.sentence.span)
}
