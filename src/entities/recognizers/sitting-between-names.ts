import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { scanDocument, segmentSpan } from '../scan/document.js'

// A sitting, then "between" two names: "the meeting between Giorgia Meloni
// and Emmanuel Macron", "talks between Ana Rios and Kari Lund".
const BETWEEN = /(?<![\p{L}-])(?:meeting|meetings|talks|summit|call|conversation|encounter|negotiations|discussions)[ \t]+between[ \t]+(?=\p{Lu})/gu

/**
 * The two sides of a meeting named by untitled full names are persons:
 * both names must be two to four proper nouns the lexicons left unread,
 * joined by "and".
 */
export const sittingBetweenNames: Recognizer<Candidate> = {
  name: 'sitting-between-names',
  pattern: () => BETWEEN,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const firstAt = match.index + match[0].length
    const first = nameAt(scan, firstAt)
    if (!first) return null
    const and = /^[ \t]+and[ \t]+/.exec(ctx.text.slice(first.end, first.end + 8))
    if (!and) return null
    const second = nameAt(scan, first.end + and[0].length)
    if (!second) return null
    return [first, second].map((span) => personCandidate(span, ctx.text.slice(span.start, span.end), 'entities:sitting-between-names', PRIORITY.person))
  },
}

function nameAt(scan: ReturnType<typeof scanDocument>, at: number): { start: number; end: number } | null {
  const seg = (scan.segmentsStartingAt.get(at) ?? []).find((s) => s.kind === 'unknown')
  if (!seg) return null
  const span = segmentSpan(seg)
  const from = scan.wordAt.get(span.start)
  if (from === undefined) return null
  const words = scan.words.slice(from, from + 6).filter((w) => w.end <= span.end)
  if (words.length < 2 || words.length > 4 || !words.every((w) => w.pos === 'PROPN' || /[^\x00-\x7f]/.test(w.text))) return null
  return span
}
