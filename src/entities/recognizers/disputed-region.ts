import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, type Candidate, namedCandidate } from '../candidate.js'
import { scanDocument, segmentText, unreadEndingAt } from '../scan/document.js'

// "the Karabakh issue", "the Kashmir dispute", "the Donbas conflict". Opens with the blank (see place-suffix.ts).
const AFTER = /[ \t](?<=\p{L}[ \t])[ \t]*(?:issue|conflict|dispute|question)\b/gu

/**
 * A short proper name nobody claimed, after "the" and before a dispute
 * noun, is the disputed territory (countries and bodies are claimed by
 * their own readers first).
 */
export const disputedRegion: Recognizer<Candidate> = {
  name: 'disputed-region',
  pattern: () => AFTER,
  extract(ctx, match) {
    const seg = unreadEndingAt(scanDocument(ctx), match.index, (s) => s.last - s.first < 2)
    if (!seg) return null
    const { span, text } = segmentText(ctx, seg)
    if (!/\bthe[ \t]+$/.test(ctx.text.slice(Math.max(0, span.start - 4), span.start))) return null
    return namedCandidate('place', span, text, 'entities:disputed-region', PRIORITY.place)
  },
}
