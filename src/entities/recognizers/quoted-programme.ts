import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate } from '../candidate.js'

// Nouns that name a programme, a plan or a policy ("the 'Look East' policy", "the initiative 'Blue Pacific'").
const PROGRAMME =
  'initiatives?|plans?|strateg(?:y|ies)|programmes?|programs?|frameworks?|polic(?:y|ies)|projects?|visions?|agenda|doctrine|schemes?|corridors?|concepts?'
// A name of two to nine title-case words (lowercase "and", "of", "the" ... inside) between quotation marks.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.-]*`
const INNER = String.raw`(?:${WORD}|and|of|the|for|in|on|to|with|&)`
const QUOTED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:"|“|‘|')(${WORD}(?:[ \t]${INNER}){1,8})(?:"|”|’|')(?![\p{L}\p{N}])`, 'gu')
const NOUN_AFTER = new RegExp(String.raw`^[ \t]+(?:${PROGRAMME})\b`, 'i')
// "the initiative 'Blue Pacific'", "a strategy called “Act East”".
const NOUN_BEFORE = new RegExp(String.raw`\b(?:${PROGRAMME})(?:[ \t]+(?:of|called|named|dubbed|known[ \t]+as))?[ \t]+$`, 'i')

/**
 * A title-case name in quotation marks with a noun that names a programme
 * after it ("the "Two Corridors and One Economic Circle" plan", "the 'Look
 * East' policy") or before it ("a strategy called 'Act East'") is an
 * initiative, named without its quotation marks. Its other mentions in the
 * document, quoted without the noun, are found by the short-organization-names refiner.
 */
export const quotedProgramme: Recognizer<Candidate> = {
  name: 'quoted-programme',
  pattern: () => QUOTED,
  extract(ctx, match) {
    const name = match[1]
    const start = match.index + match[0].indexOf(name)
    const end = start + name.length
    const cued =
      NOUN_AFTER.test(ctx.text.slice(match.index + match[0].length, match.index + match[0].length + 20)) ||
      NOUN_BEFORE.test(ctx.text.slice(Math.max(0, match.index - 40), match.index))
    if (!cued) return null
    return {
      span: { start, end },
      text: name,
      type: 'initiative',
      key: `org:${foldName(name)}`,
      name,
      country: null,
      ruleId: 'entities:quoted-programme',
      priority: PRIORITY.org,
    }
  },
}
