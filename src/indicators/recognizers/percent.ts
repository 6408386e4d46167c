import type { Recognizer } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'
import { NUMBER_SOURCE, parseDigits } from '../numbers.js'
import { spanOf } from './shared.js'

const PATTERN = new RegExp(String.raw`(?<![\w.,])(?<num>${NUMBER_SOURCE})\s?(?:%|per\s?cent\b|percent\b|pct\b)`, 'g')

/** Percentages: "10.8%", "30.31 per cent", "62 percent". */
export const percent: Recognizer<Figure> = {
  name: 'percent',
  pattern: () => PATTERN,
  extract(_ctx, match) {
    const value = parseDigits(match.groups!.num)
    if (value === null) return null
    return { kind: 'percent', span: spanOf(match), value, unit: 'percent', ruleId: 'indicators:percent' }
  },
}
