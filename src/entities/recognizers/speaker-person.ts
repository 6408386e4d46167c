import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { ACTION_VERBS, SPEECH_VERBS } from '../gazetteer/lexicon.js'
import { scanDocument, segmentSpan } from '../scan/document.js'

/**
 * A two- to four-word proper name, of no known kind, right before a verb
 * that only people do in this news: what becomes of the pattern's match.
 */
function personBefore(name: string, verbs: RegExp, ruleId: string): Recognizer<Candidate> {
  return {
    name,
    pattern: () => verbs,
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
      return personCandidate(span, text, ruleId, PRIORITY.person - 5)
    },
  }
}

/** "Wei Wei said". */
export const speakerPerson = personBefore(
  'speaker-person',
  new RegExp(`(?<=\\S)[ \\t]+(?:also[ \\t]+)?(?:${[...SPEECH_VERBS].join('|')})\\b`, 'g'),
  'entities:speaker-person',
)

/** "Emmanuel Macron will pay a state visit", "Kim Jong Un and ... held a summit": a name that visits, meets or signs. */
export const actingPerson = personBefore(
  'acting-person',
  new RegExp(`(?<=\\S)[ \\t]+(?:(?:will|would|has|have|had|is|was|also|later|then|again|is expected to|is due to)[ \\t]+){0,2}(?:${[...ACTION_VERBS].join('|')})\\b`, 'g'),
  'entities:acting-person',
)
