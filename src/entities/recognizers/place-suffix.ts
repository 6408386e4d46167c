import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, namedCandidate, type Candidate } from '../candidate.js'
import { scanDocument, segmentText, unreadEndingAt } from '../scan/document.js'

// A lowercase place noun after a proper name: "Damietta port", "Gia Lai province".
// Opens with the blank, the letter looked for behind it: a pattern that opens with a lookbehind is tried
// at every position of the text (4x the time on 2 MB of news; the same matches).
const SUFFIX = /[ \t](?<=\p{L}[ \t])[ \t]*(?:province|city|port|region|state|county|district|prefecture|governorate|emirate|municipality|island)\b/gu

/** A proper name nobody claimed, followed by a place noun, is a place. */
export const placeSuffix: Recognizer<Candidate> = {
  name: 'place-suffix',
  pattern: () => SUFFIX,
  extract(ctx, match) {
    const seg = unreadEndingAt(scanDocument(ctx), match.index, (s) => s.last - s.first < 3)
    if (!seg) return null
    const { span, text } = segmentText(ctx, seg)
    const prev = seg.phrase.elements[seg.first - 1]
    return namedCandidate('place', span, text, 'entities:place-suffix', PRIORITY.place, prev?.country?.code ?? null)
  },
}
