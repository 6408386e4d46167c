import { currencyOfSymbol, SYMBOL_SOURCE } from '../currency.js'
import { moneyRecognizer } from './define.js'
import { AMOUNT_SOURCE, pairCodes } from './shared.js'

const PATTERN = new RegExp(String.raw`(?<![\w$€£¥])(?<cur>${SYMBOL_SOURCE})\s?${AMOUNT_SOURCE}`, 'g')

/** Money with a symbol before the amount: "$29.9 billion", "US$ 15 billion", "€2.3bn", "Rs 5,000 crore". */
export const moneySymbol = moneyRecognizer('money-symbol', PATTERN, (g, ctx) => currencyOfSymbol(g.cur!, g.cur === '¥' ? pairCodes(ctx) : []))
