import type { Recognizer } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'
import { NUMBER_SOURCE, parseCount, scaled, scaleOf, WORD_NUMBER_SOURCE } from '../numbers.js'
import { spanOf } from './shared.js'

/** Things an analyst counts in bilateral relations; other nouns are not indicators. */
const NOUNS = String.raw`projects?|meetings?|workshops?|sessions?|seminars?|dialogues?|doses?|companies|company|firms?|enterprises?|agreements?|memoranda|memorandums?|MoUs?|accords?|partnerships?`

const PATTERN = new RegExp(
  String.raw`(?<![\w.,$€£¥-])(?<num>${NUMBER_SOURCE}|${WORD_NUMBER_SOURCE})(?:\s(?<scale>million|thousand|billion))?\s(?:(?!of\b|and\b|or\b)[a-z][\w-]*\s(?:and\s[a-z][\w-]*\s)?){0,2}(?<noun>${NOUNS})\b`,
  'gi',
)

const LENGTH = /^[\s-](?:minutes?|hours?|days?|weeks?|months?|years?)\b/i

/** Counts: "4,965 valid projects", "7.3 million doses", "14 meetings", "five investment projects". */
export const count: Recognizer<Figure> = {
  name: 'count',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const g = match.groups!
    const n = parseCount(g.num)
    if (n === null) return null
    // A length ("a 30-minute bilateral meeting") or a name ("the Group of 20 meeting") counts no meetings.
    if (LENGTH.test(match[0].slice(g.num.length)) || /\b\p{Lu}[\p{L}-]*\s+of\s+$/u.test(ctx.text.slice(Math.max(0, match.index - 20), match.index))) return null
    const noun = g.noun.toLowerCase()
    const value = scaled(n, scaleOf(g.scale))
    const unit = noun.startsWith('dose') ? 'doses' : 'count'
    return { kind: 'count', span: spanOf(match), value, unit, noun, ruleId: 'indicators:count' }
  },
}
