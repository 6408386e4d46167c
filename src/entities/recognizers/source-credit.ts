import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate, namedCandidate } from '../candidate.js'
import { scanDocument, segmentSpan } from '../scan/document.js'

// News credits: "(With input from Xinhua)", "/Xinhua)", "Photo: Reuters", "Source: AFP".
const CREDIT = /(?:\binput from|\breported by|\b[Ss]ource:|\b[Pp]hotos?:|\/)[ \t]*(?=\p{Lu})/gu

/** A single proper name credited as a source is a news organization. */
export const sourceCredit: Recognizer<Candidate> = {
  name: 'source-credit',
  pattern: () => CREDIT,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const at = match.index + match[0].length
    const seg = (scan.segmentsStartingAt.get(at) ?? []).find((s) => s.kind === 'unknown' && s.first === s.last && s.phrase.elements.length === 1)
    if (!seg) return null
    const span = segmentSpan(seg)
    const text = ctx.text.slice(span.start, span.end)
    return namedCandidate('organization', span, text, 'entities:source-credit', PRIORITY.org)
  },
}
