import { CODE_SOURCE, currencyOfCode, currencyOfWord, WORD_SOURCE } from '../currency.js'
import { moneyRecognizer } from './define.js'
import { AMOUNT_SOURCE, pairCodes } from './shared.js'

const PATTERN = new RegExp(String.raw`(?<![\w.,$€£¥])${AMOUNT_SOURCE}\s(?:(?<code>${CODE_SOURCE})|(?<word>${WORD_SOURCE}))\b`, 'g')

/** Money with the currency after the amount: "171.9 billion USD", "1.5 million yuan", "29 billion riyals". */
export const moneyName = moneyRecognizer('money-name', PATTERN, (g, ctx) => (g.code ? currencyOfCode(g.code) : currencyOfWord(g.word ?? '', pairCodes(ctx))))
