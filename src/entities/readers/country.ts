import { countryCandidate } from '../candidate.js'
import { segmentSpan } from '../scan/document.js'
import type { SegmentReader } from './reader.js'

/** Country names, short forms and demonyms ("Việt Nam", "PRC", "Emirati") not inside another name. */
export const country: SegmentReader = {
  name: 'country',
  kind: 'country',
  extract(ctx, seg) {
    const el = seg.phrase.elements[seg.first]
    if (!el.country) return null
    const span = segmentSpan(seg)
    return countryCandidate(span, ctx.text.slice(span.start, span.end), el.country.code, `entities:country-${el.country.form}`)
  },
}
