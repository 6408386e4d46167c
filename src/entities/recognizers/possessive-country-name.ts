import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'
import { scanDocument } from '../scan/document.js'
import { properNameAt } from '../scan/proper-name.js'

// A country in the possessive, then a capitalized name: "Kenya's William
// Ruto", "Brazil's Luiz Inácio Lula da Silva". Bounded: the country is one
// to three capitalized words.
// The lookahead (implied by the capital: every capital is A-Z or beyond ASCII)
// lets V8 pass over lowercase letters, digits and spaces without the
// lookbehind and the Unicode classes (half the pattern's time).
const POSSESSIVE = /(?=[A-Z]|[^\x00-\x7F])(?<![\p{L}-])(\p{Lu}[\p{L}.-]*(?:[ \t]\p{Lu}[\p{L}.-]*){0,2})['’]s[ \t]+(?=\p{Lu})/gu

/**
 * A name of two to five words after a country's possessive is a person of
 * that country, when no lexicon reads it otherwise (an organization or a
 * place head makes it a body: "China's Foreign Ministry") and the tagger
 * takes every word for a proper noun.
 */
export const possessiveCountryName: Recognizer<Candidate> = {
  name: 'possessive-country-name',
  pattern: () => POSSESSIVE,
  extract(ctx, match) {
    const entry = COUNTRY_PHRASES.get(foldName(match[1]))
    if (!entry || entry.exact) return null
    const scan = scanDocument(ctx)
    const at = match.index + match[0].length
    const span = properNameAt(scan, at, 2, 5)
    if (!span) return null
    return personCandidate(span, ctx.text.slice(span.start, span.end), 'entities:possessive-country-name', PRIORITY.person, { country: entry.code })
  },
}
