import type { Recognizer } from '../../pipeline/recognizer.js'
import { CODE_SOURCE, currencyOfCode, currencyOfWord, WORD_SOURCE } from '../currency.js'
import type { Figure } from '../figure.js'
import { AMOUNT_SOURCE, amountOf, pairCodes, spanOf } from './shared.js'

const PATTERN = new RegExp(
  String.raw`(?<![\w.,$€£¥])${AMOUNT_SOURCE}\s(?:(?<code>${CODE_SOURCE})|(?<word>${WORD_SOURCE}))\b`,
  'g',
)

/** Money with the currency after the amount: "171.9 billion USD", "1.5 million yuan", "29 billion riyals". */
export const moneyName: Recognizer<Figure> = {
  name: 'money-name',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const value = amountOf(match, ctx)
    if (value === null) return null
    const g = match.groups!
    const unit = g.code ? currencyOfCode(g.code) : currencyOfWord(g.word ?? '', pairCodes(ctx))
    if (!unit) return null
    return { kind: 'money', span: spanOf(match), value, unit, ruleId: 'indicators:money-name' }
  },
}
