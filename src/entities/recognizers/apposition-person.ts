import type { Recognizer } from '../../pipeline/recognizer.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { rolesFromText } from '../roles.js'
import { scanDocument, segmentSpan } from '../scan/document.js'
import { TITLE_ALTERNATION, titleStartsAt } from './title-pattern.js'

// ", general secretary of ...", ", the Crown Prince", ", Chinese president", ", acting deputy chief of mission", ", a senior aide".
const APPOSITION = new RegExp(
  `,\\s+(?:[Tt]he\\s+|an?\\s+)?(?:(?:[Ff]ormer|[Tt]hen|[Cc]urrent|[Ii]ncumbent|[Oo]utgoing|[Aa]cting|[Ii]nterim|[Ss]enior|[Nn]ewly(?:\\s+re-?)?[\\s-]*elected)[\\s-]+)?(?:\\p{Lu}[\\p{L}\\p{M}]+(?:['’]s)?\\s+)?(?:${TITLE_ALTERNATION})\\b`,
  'gu',
)
const CLAUSE_END =
  /[,;()\n]|\.(?:\s|$)|\s(?:said|says|told|holds|held|met|will|would|has|have|had|is|was|were|are|noted|stressed|added|who|which|and\s+\p{Lu})\b/u

/**
 * A name followed by its title: "Xi Jinping, general secretary of the ...",
 * "Wei Wei, head of ...". The name must be a proper name (or a titled
 * person) right before the comma.
 */
export const appositionPerson: Recognizer<Candidate> = {
  name: 'apposition-person',
  pattern: () => APPOSITION,
  extract(ctx, match) {
    const scan = scanDocument(ctx)
    const segs = scan.segmentsEndingAt.get(match.index) ?? []
    const seg = segs.find((s) => s.kind === 'unknown' || s.kind === 'person')
    if (!seg) return null
    // A person's full name starts with a given name, not "Al-" ("Al-Ahram said" is a newspaper).
    if (seg.phrase.elements[seg.first].cls !== 'name' && seg.kind === 'unknown') return null
    const span = segmentSpan(seg)
    const words = scan.words.slice(scan.wordAt.get(span.start)!, (scan.wordAt.get(span.start) ?? 0) + 6).filter((w) => w.end <= span.end)
    if (seg.kind === 'unknown' && (words.length < 2 || words.length > 5)) return null
    let at = match.index + 1
    while (/\s/.test(ctx.text[at])) at++
    const rest = ctx.text.slice(at, at + 200)
    const stop = CLAUSE_END.exec(rest)
    const end = at + (stop ? stop.index : rest.length)
    // An apposition is a short title; anything longer is a clause read wrongly.
    if (end - at > 120) return null
    const text = ctx.text.slice(span.start, span.end)
    return personCandidate(span, text, 'entities:apposition-person', PRIORITY.person, {
      roles: rolesFromText(ctx.text, at, end, (p) => titleStartsAt(ctx.text, p)),
    })
  },
}
