import { CODE_SOURCE, currencyOfCode } from '../currency.js'
import { moneyRecognizer } from './define.js'
import { AMOUNT_SOURCE } from './shared.js'

const PATTERN = new RegExp(String.raw`\b(?<code>${CODE_SOURCE})\s?${AMOUNT_SOURCE}`, 'g')

/** Money with an ISO code before the amount: "USD 1.4 billion", "VND 3 trillion", "AED 1bn". */
export const moneyCode = moneyRecognizer('money-code', PATTERN, (g) => currencyOfCode(g.code!))
