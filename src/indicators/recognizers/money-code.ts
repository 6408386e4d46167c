import type { Recognizer } from '../../pipeline/recognizer.js'
import { CODE_SOURCE, currencyOfCode } from '../currency.js'
import type { Figure } from '../figure.js'
import { AMOUNT_SOURCE, amountOf, spanOf } from './shared.js'

const PATTERN = new RegExp(String.raw`\b(?<code>${CODE_SOURCE})\s?${AMOUNT_SOURCE}`, 'g')

/** Money with an ISO code before the amount: "USD 1.4 billion", "VND 3 trillion", "AED 1bn". */
export const moneyCode: Recognizer<Figure> = {
  name: 'money-code',
  pattern: () => PATTERN,
  extract(ctx, match) {
    const value = amountOf(match, ctx)
    if (value === null) return null
    return { kind: 'money', span: spanOf(match), value, unit: currencyOfCode(match.groups!.code), ruleId: 'indicators:money-code' }
  },
}
