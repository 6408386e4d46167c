import { agreementPhrase } from './agreement-phrase.js'

const EXCHANGED =
  /\b(?<verb>exchanged|exchange of)\s+(?:[\w-]+\s+){0,3}?(?<noun>documents|agreements|accords|protocols|treaties|memorand(?:ums?|a) of understanding|memorandums|MoUs|MOUs|instruments of ratification|notes)\b/dgi
// The noun closes the pattern: the trigger runs to the end of the match.
const PATTERN =
  /\b(?<verb>issued|issue|issues|adopted|adopt|adopts|released|release|releases|signed|sign|signs)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?<noun>joint\s+(?:statement|declaration|communiqu[eé]|press release|vision statement|action plan))/dgi

/** "The two sides exchanged cooperation documents": an agreement, counted by its noun. */
export const documentsExchanged = agreementPhrase('documents-exchanged', EXCHANGED, { counted: true })

/** "issued a joint statement on ...", "adopted a joint declaration". */
export const jointStatement = agreementPhrase('joint-statement', PATTERN)
