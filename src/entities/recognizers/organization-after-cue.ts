import type { Recognizer } from '../../pipeline/recognizer.js'
import { namedCandidate, type Candidate } from '../candidate.js'
import { scanDocument, segmentText, unreadStartingAt } from '../scan/document.js'
import type { Segment } from '../scan/segments.js'

/**
 * An organization named right after a cue the pattern matches ("news agency
 * Xinhua", "Source: AFP"): the unread name segment that starts where the cue
 * ends, when it `fits`, read as an organization at `priority`.
 */
export function organizationAfterCue(name: string, cue: RegExp, fits: (seg: Segment) => boolean, priority: number): Recognizer<Candidate> {
  return {
    name,
    pattern: () => cue,
    extract(ctx, match) {
      const seg = unreadStartingAt(scanDocument(ctx), match.index + match[0].length, fits)
      if (!seg) return null
      const { span, text } = segmentText(ctx, seg)
      return namedCandidate('organization', span, text, `entities:${name}`, priority)
    },
  }
}
