import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'

const NOUNS = [
  'sides',
  'countries',
  'nations',
  'states',
  'leaders',
  'parties',
  'peoples',
  'governments',
  'delegations',
  'legislatures',
  'economies',
  'neighbou?rs',
  'heads of state',
  'presidents',
  'prime ministers',
  'premiers',
  'foreign ministers',
  'ministers',
  'top diplomats',
  'diplomats',
  'envoys',
  'chief negotiators',
  'negotiators',
  'officials',
  'general secretaries',
  'militaries',
  'capitals',
].join('|')
// Every reading starts with "the", "both" or "all": the lookahead (implied by
// the rest, so it changes no match) lets V8 skip other positions at once
// instead of trying each reading there (this was among the costliest patterns).
const GROUP = new RegExp(
  `(?=[tba])(?:\\b(?:(?:the|both|all)\\s+two|both(?:\\s+the)?|the\\s+two)\\s+(?:(?:countries|nations|sides)['’]\\s+)?(?:${NOUNS})\\b|\\bthe\\s+(\\p{Lu}[\\p{L}\\p{M}]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}]+)?)\\s+(?:side|delegation)\\b|\\bthe\\s+host(?:\\s+(?:country|nation|side))?\\b)`,
  'giu',
)

/**
 * References to a group of the document's actors: "the two sides", "both
 * leaders", "the two countries' presidents", "the two Parties", "the Chinese side", "the host country".
 * `expandGroup` tells what each stands for.
 */
export const groupReference: Recognizer<Candidate> = {
  name: 'group-reference',
  pattern: () => GROUP,
  extract(ctx, match) {
    const side = match[1]
    let country: string | null = null
    if (side) {
      const entry = COUNTRY_PHRASES.get(foldName(side))
      if (!entry) return null
      country = entry.code
    }
    const text = match[0]
    return {
      span: { start: match.index, end: match.index + text.length },
      text,
      type: 'group',
      key: `group:${foldName(text)}`,
      name: text,
      country,
      ruleId: side ? 'entities:group-side' : 'entities:group',
      priority: PRIORITY.group,
    }
  },
}
