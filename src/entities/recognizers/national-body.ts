import type { Recognizer } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, countryCandidate, namedCandidate, type Candidate } from '../candidate.js'
import { COUNTRY_PHRASES } from '../gazetteer/countries.js'
import type { Token } from '../../model/types.js'
import { firstStartAtOrAfter } from '../../util/spans.js'

// "the Saudi investment ministry", "the Egyptian government", "Indian embassy", "the Chinese coast guard".
// The lookahead (implied by the capital: every capital is A-Z or beyond ASCII)
// lets V8 pass over lowercase letters, digits and spaces without the
// lookbehind and the Unicode classes (half the pattern's time).
const BODY =
  /(?=[A-Z]|[^\x00-\x7F])(?<![\p{L}])(?!The\b)(\p{Lu}[\p{L}\p{M}]+(?:[ \t]+\p{Lu}[\p{L}\p{M}]+)?)[ \t]+((?:[a-z]+[ \t]+){0,2}?)(ministry|embassy|consulate|parliament|government|cabinet|army|navy|air force|coast guard|military|central bank|authorities)\b/gu
const STATE = new Set(['government', 'authorities'])

/**
 * A demonym or country before a lowercase state body. The government or
 * authorities of a country stand for the country itself; a ministry or an
 * embassy is an organization of that country.
 */
export const nationalBody: Recognizer<Candidate> = {
  name: 'national-body',
  pattern: () => BODY,
  extract(ctx, match) {
    const entry = COUNTRY_PHRASES.get(foldName(match[1]))
    if (!entry || entry.exact) return null
    // "Egyptian companies and authorities": only a describing word or two, never a list.
    if (/\b(?:and|or|of|the|with|in|for|to)\b/.test(match[2]) || (STATE.has(match[3]) && match[2])) return null
    // "Russia staged military drills": a country's name then a verb is a clause, not a body's name;
    // the describing words between ("the Saudi investment ministry") are no verbs.
    if (match[2] && hasVerb(ctx.tokens, match.index + match[1].length, match.index + match[1].length + match[2].length)) return null
    const text = match[0]
    const span = { start: match.index, end: match.index + text.length }
    const code = entry.code
    if (STATE.has(match[3]) && !match[2]) {
      return countryCandidate(span, text, code, 'entities:national-government', PRIORITY.country + 1)
    }
    return namedCandidate('organization', span, text, 'entities:national-body', PRIORITY.org - 1, code)
  },
}

/** Whether the tagger reads a verb or auxiliary in [start, end). */
function hasVerb(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = firstStartAtOrAfter(tokens, start); i < tokens.length && tokens[i].span.start < end; i++)
    if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX') return true
  return false
}
