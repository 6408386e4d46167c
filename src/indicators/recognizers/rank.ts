import type { Recognizer } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'
import { ORDINAL_SOURCE, parseCount, parseOrdinal, WORD_NUMBER_SOURCE } from '../numbers.js'
import { rankNoun, rankTail } from './rank-nouns.js'

const SUPERLATIVE = String.raw`largest|biggest|leading|most important|main|principal`

const PATTERN = new RegExp(
  String.raw`(?<![\w-])(?:(?<top>top)\s+(?<topn>\d{1,2}|${WORD_NUMBER_SOURCE})|(?<ord>${ORDINAL_SOURCE})(?:[\s-]+(?:${SUPERLATIVE}))?|(?<sup>${SUPERLATIVE}|No\.\s?1|number one|top))(?![\w-])`,
  'gi',
)

// "one of the largest", "a leading partner": membership, not a rank.
const NOT_A_RANK = /(?:\bone of (?:the |its |their |\S+['’]s )?(?:\w+ )?|\ba |\ban )$/i
const PLURAL_NOUN = /^\s+(?:[\w’'-]+\s+){0,3}?(?:partners|markets|destinations|sources|investors|suppliers|buyers|customers)\b/i
const RANK_VERB = /\b(?:rank(?:ed|s|ing)?|placed|came|stood)\s+$/i
// "..., and the fifth-largest globally", "and Indonesia ranks as Australia's 13th largest."
const ELLIPSIS_BEFORE = /(?:,|\band)\s+(?:[\w’'-]+\s+){0,4}?(?:the\s+)?$/i
const ELLIPSIS_AFTER = /^(?:\s+(?:in\b|among\b|globally\b|worldwide\b|overall\b|in the world\b)|\s*[.;]|\s*,\s*(?:and|while|but)\b)/i

/**
 * Ranks: "largest trading partner", "second-largest export market", "ranked
 * sixth among ... investing in", "top four investors", and the elliptical
 * "and the fifth-largest globally" that borrows its noun from the rank
 * before it.
 */
export const rank: Recognizer<Figure> = {
  name: 'rank',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const g = match.groups!
    const start = match.index
    const end = start + match[0].length
    const before = ctx.text.slice(Math.max(0, start - 40), start)
    if (NOT_A_RANK.test(before)) return null
    const tail = rankTail(ctx.text, end)
    const found = rankNoun(ctx.text.slice(end, tail.end), RANK_VERB.test(before))
    let value: number | null
    let approx = false
    if (g.top && g.topn) {
      value = parseCount(g.topn)
      approx = true
    } else if (g.ord) {
      value = parseOrdinal(g.ord)
      // A bare ordinal ranks only after a ranking verb ("ranked sixth among").
      if (!/[\s-]/.test(match[0]) && !RANK_VERB.test(before) && !found) return null
    } else {
      value = 1
      // Bare "top" ranks only as "the top trading partner", not "among the top partners".
      if (/^top$/i.test(g.sup ?? '') && (/\bamong\b/i.test(before) || !found)) return null
      // "main" and "principal" rank only before a noun, and one partner: "the main trade partners" are several.
      if (/^(?:main|principal)$/i.test(g.sup ?? '') && (!found || PLURAL_NOUN.test(ctx.text.slice(end, tail.end)))) return null
    }
    if (value === null || value < 1) return null
    if (found) {
      return { kind: 'rank', span: { start, end }, value, unit: 'rank', noun: found, approx, tail, ruleId: 'indicators:rank' }
    }
    if (ELLIPSIS_BEFORE.test(before) && ELLIPSIS_AFTER.test(ctx.text.slice(end, end + 20))) {
      return { kind: 'rank', span: { start, end }, value, unit: 'rank', elliptical: true, approx, tail, ruleId: 'indicators:rank-elliptical' }
    }
    return null
  },
}
