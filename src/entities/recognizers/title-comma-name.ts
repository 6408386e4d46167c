import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { rolesFromElements } from '../roles.js'
import { scanDocument, segmentSpan } from '../scan/document.js'

const COMMA = /,[ \t]*(?=\p{Lu})/gu

/**
 * A title, a comma, then the name: "Canadian Minister of International
 * Trade, François-Philippe Champagne". The name must be two to four words.
 */
export const titleCommaName: Recognizer<Candidate> = {
  name: 'title-comma-name',
  pattern: () => COMMA,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const at = match.index + match[0].length
    const wi = scan.wordAt.get(at)
    const phrase = wi === undefined ? undefined : scan.phraseOfWord[wi]
    if (!phrase || phrase.firstWord !== wi) return null
    // The name opens the phrase, perhaps after an honorific ("Sheikh ...").
    const seg = (scan.segmentsOf.get(phrase) ?? []).find(
      (s) => (s.kind === 'unknown' || s.kind === 'person') && (s.first === 0 || (s.first === 1 && phrase.elements[0].cls === 'honorific')),
    )
    if (!seg || seg.last - seg.first < 1 || seg.last - seg.first > 4) return null
    const before = wi !== undefined && wi > 0 ? scan.phraseOfWord[wi - 1] : undefined
    if (!before || before.lastWord !== wi! - 1) return null
    const els = before.elements
    const last = els[els.length - 1]
    if (!['title', 'portfolio', 'country', 'org'].includes(last.cls)) return null
    const t = els.findIndex((e) => e.cls === 'title')
    if (t < 0) return null
    const span = segmentSpan(seg)
    const text = ctx.text.slice(span.start, span.end)
    return personCandidate(span, text, 'entities:title-comma-name', PRIORITY.person, { roles: rolesFromElements(ctx.text, els, 0, els.length - 1) })
  },
}
