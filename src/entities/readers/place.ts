import { PRIORITY } from '../candidate.js'
import { segmentText } from '../scan/document.js'
import type { DocumentScan } from '../scan/document.js'
import type { Segment } from '../scan/segments.js'
import type { SegmentReader } from './reader.js'
import { nameOf } from './organization.js'

const WATERS = new Set(['sea', 'ocean', 'gulf', 'bay', 'strait', 'straits', 'river', 'lake', 'canal'])
// A possessive ending in the gap before a word: "Kufuor's State", "Ghana’s Volta Region".
const POSSESSIVE = /^['’]s?[ \t]+$/

/**
 * Subdivisions and capitals from the gazetteer ("Yunnan", "HÀ NỘI"), and
 * names ending in a place head ("Great Hall of the People", "Gulf of ...").
 */
export const place: SegmentReader = {
  name: 'place',
  kind: 'place',
  extract(ctx, seg, scan) {
    const { span, text } = segmentText(ctx, seg)
    const el = seg.phrase.elements[seg.first]
    if (seg.first === seg.last && el.places?.length) {
      // Several countries may share a name: prefer one the document talks about most.
      const p = el.places[0]
      return {
        span,
        text,
        type: 'place',
        key: p.key,
        name: p.name,
        country: p.country,
        ruleId: 'entities:place-gazetteer',
        priority: PRIORITY.place,
      }
    }
    if (ownerOfBareHead(seg, scan)) return null
    const named = nameOf(ctx.text, seg, scan)
    // "South China Sea": a sea or a gulf named after a country is not in it.
    const waters = WATERS.has(seg.phrase.elements[seg.last].fold)
    return {
      span,
      text,
      type: 'place',
      key: `place:${named.key}`,
      name: named.base,
      country: waters ? null : named.country,
      ruleId: 'entities:place-name',
      priority: PRIORITY.place,
      aliases: text !== named.base ? [text] : undefined,
    }
  },
}

/**
 * "Kufuor's State funeral", "Odinga's State burial": a name in the
 * possessive owns what follows, and a place head alone after it ("State",
 * "County") names no place; it is a common noun ("the State funeral").
 * "Ghana's Volta Region" keeps a name after the possessive and stays a place.
 */
function ownerOfBareHead(seg: Segment, scan: DocumentScan): boolean {
  const els = seg.phrase.elements
  const last = els[seg.last]
  if (seg.first === seg.last || last.cls !== 'placeHead') return false
  return POSSESSIVE.test(scan.words[last.first]!.gap)
}
