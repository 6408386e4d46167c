import { PRIORITY, namedCandidate } from '../candidate.js'
import { segmentText } from '../scan/document.js'
import type { SegmentReader } from './reader.js'

/**
 * An all-capital name ("ASEAN", "VNA", "(CPV)"). It stands for itself until
 * the acronym refiner links it to a long form the text defines.
 */
export const acronym: SegmentReader = {
  name: 'acronym',
  kind: 'acronym',
  extract(ctx, seg) {
    const { span, text } = segmentText(ctx, seg)
    return { ...namedCandidate('organization', span, text, 'entities:acronym', PRIORITY.acronym), acronym: text }
  },
}
