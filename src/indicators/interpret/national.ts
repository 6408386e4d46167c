import type { Figure } from '../figure.js'
import type { Party } from './pair.js'

const FLOWS = /^(?:exports|imports|trade_turnover|trade_balance|growth_pct)$/
const BILATERAL = /\b(?:two-way|bilateral|between|mutual|with each other|both sides|both countries|the two (?:countries|sides|nations|economies))\b/i
const TOWARD = /\b(?:to|from|with|into|in|of)\s+(?:the\s+)?$/i

/**
 * A country's own total ("China's exports fell 4.6% in 2023", "Vietnam's
 * total trade reached $700 billion") is not a bilateral figure: the sentence
 * names one country, not as a destination or source, and nothing in it
 * ties the figure to a pair.
 */
export function isNationalTotal(
  figure: Figure,
  indicator: string,
  sentence: string,
  sentenceStart: number,
  parties: readonly Party[],
  earlierBilateral: boolean,
): boolean {
  return nationalTotals(sentence, sentenceStart, parties)(figure, indicator, earlierBilateral)
}

/**
 * `isNationalTotal` for the figures of one sentence: what depends on the
 * sentence alone (its parties, "bilateral", the word before the party) is
 * read once, on the first flow figure, not once per figure.
 */
export function nationalTotals(
  sentence: string,
  sentenceStart: number,
  parties: readonly Party[],
): (figure: Figure, indicator: string, earlierBilateral: boolean) => boolean {
  let national: boolean | null = null
  const sentenceIsNational = (): boolean => {
    const keys = new Set(parties.map((p) => p.key))
    if (keys.size !== 1) return false
    if (BILATERAL.test(sentence)) return false
    const p = parties[0]
    const before = sentence.slice(Math.max(0, p.span.start - sentenceStart - 12), p.span.start - sentenceStart)
    return !TOWARD.test(before)
  }
  return (figure, indicator, earlierBilateral) => {
    if (!FLOWS.test(indicator) || earlierBilateral) return false
    national ??= sentenceIsNational()
    return national && (figure.kind === 'money' || figure.kind === 'percent')
  }
}
