import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { SPEECH_VERBS } from '../gazetteer/lexicon.js'
import { scanDocument, segmentSpan } from '../scan/document.js'

const SPEECH = new RegExp(`(?<=\\S)[ \\t]+(?:also[ \\t]+)?(?:${[...SPEECH_VERBS].join('|')})\\b`, 'g')

/** A two- to four-word proper name that says something: "Wei Wei said". */
export const speakerPerson: Recognizer<Candidate> = {
  name: 'speaker-person',
  pattern: () => SPEECH,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const seg = (scan.segmentsEndingAt.get(match.index) ?? []).find((s) => s.kind === 'unknown')
    if (!seg || seg.last !== seg.phrase.elements.length - 1) return null
    const n = seg.last - seg.first + 1
    if (n < 2 || n > 4) return null
    // A person's full name starts with a given name, not "Al-" ("Al-Ahram said" is a newspaper).
    if (seg.phrase.elements[seg.first].cls !== 'name' && seg.kind === 'unknown') return null
    const span = segmentSpan(seg)
    const text = ctx.text.slice(span.start, span.end)
    return personCandidate(span, text, 'entities:speaker-person', PRIORITY.person - 5)
  },
}
