import { PRIORITY, personCandidate } from '../candidate.js'
import { segmentText } from '../scan/document.js'
import type { SegmentReader } from './reader.js'

const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]/u

/**
 * Capitalized words nobody has claimed ("Trong", "Xi Jinping" at the start
 * of a sentence). Tentative: a later step keeps them only when they are the
 * short or full form of a person the document names with a title.
 */
export const properName: SegmentReader = {
  name: 'proper-name',
  kind: 'unknown',
  extract(ctx, seg, scan) {
    const els = seg.phrase.elements.slice(seg.first, seg.last + 1)
    if (els.length > 5 || !els.every((e) => e.cls === 'particle' || NAME_WORD.test(scan.words[e.first].text))) return null
    const { span, text } = segmentText(ctx, seg)
    return personCandidate(span, text, 'entities:proper-name', PRIORITY.tentative, { tentative: true })
  },
}
