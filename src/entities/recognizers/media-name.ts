import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate, namedCandidate } from '../candidate.js'
import { scanDocument, segmentSpan } from '../scan/document.js'

// "Egyptian daily Al-Ahram", "TV channel Al-Ekhbariya", "news agency Xinhua".
const MEDIA = /(?<![\p{L}-])(?:daily|newspaper|channel|broadcaster|agency|magazine|weekly|outlet|website|portal|tabloid|paper)[ \t]+(?=\p{Lu})/gu

/** A proper name after a lowercase media noun is a news organization. */
export const mediaName: Recognizer<Candidate> = {
  name: 'media-name',
  pattern: () => MEDIA,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const at = match.index + match[0].length
    const seg = (scan.segmentsStartingAt.get(at) ?? []).find((s) => s.kind === 'unknown' && s.first === 0 && s.last < 4)
    if (!seg) return null
    const span = segmentSpan(seg)
    const text = ctx.text.slice(span.start, span.end)
    return namedCandidate('organization', span, text, 'entities:media-name', PRIORITY.person + 1)
  },
}
