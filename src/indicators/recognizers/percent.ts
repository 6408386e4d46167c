import { NUMBER_SOURCE, parseDigits } from '../numbers.js'
import { figureRecognizer } from './define.js'

const PATTERN = new RegExp(String.raw`(?<![\w.,])(?<num>${NUMBER_SOURCE})\s?(?:%|per\s?cent\b|percent\b|pct\b)`, 'g')

/** Percentages: "10.8%", "30.31 per cent", "62 percent". */
export const percent = figureRecognizer('percent', PATTERN, (match) => {
  const value = parseDigits(match.groups!.num)
  return value === null ? null : { kind: 'percent', value, unit: 'percent' }
})
