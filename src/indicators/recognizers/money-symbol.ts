import type { Recognizer } from '../../pipeline/recognizer.js'
import { currencyOfSymbol, SYMBOL_SOURCE } from '../currency.js'
import type { Figure } from '../figure.js'
import { AMOUNT_SOURCE, amountOf, pairCodes, spanOf } from './shared.js'

const PATTERN = new RegExp(String.raw`(?<![\w$€£¥])(?<cur>${SYMBOL_SOURCE})\s?${AMOUNT_SOURCE}`, 'g')

/** Money with a symbol before the amount: "$29.9 billion", "US$ 15 billion", "€2.3bn", "Rs 5,000 crore". */
export const moneySymbol: Recognizer<Figure> = {
  name: 'money-symbol',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const value = amountOf(match, ctx)
    if (value === null) return null
    const symbol = match.groups!.cur
    const unit = currencyOfSymbol(symbol, symbol === '¥' ? pairCodes(ctx) : [])
    return { kind: 'money', span: spanOf(match), value, unit, ruleId: 'indicators:money-symbol' }
  },
}
