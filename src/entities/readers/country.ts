import { PRIORITY } from '../candidate.js'
import { countryName } from '../gazetteer/countries.js'
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
    const code = el.country.code
    return {
      span,
      text: ctx.text.slice(span.start, span.end),
      type: 'country',
      key: `country:${code}`,
      name: countryName(code),
      country: code,
      ruleId: `entities:country-${el.country.form}`,
      priority: PRIORITY.country,
    }
  },
}
