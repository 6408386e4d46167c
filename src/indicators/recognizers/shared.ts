import type { PipelineContext } from '../../pipeline/context.js'
import { pairCountries } from '../interpret/pair.js'
import { NUMBER_SOURCE, parseDigits, scaled, scaleOf } from '../numbers.js'

/** Long scale words may follow after a space; one-letter ones only attached ("$8m"). */
export const AMOUNT_SOURCE =
  String.raw`(?<num>${NUMBER_SOURCE})(?:[\s-]?(?<scale>[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|[Cc]rores?|[Ll]akhs?|[Bb]ln|[Mm]ln|[Bb]n|BN|[Mm]n|[Tt]n)\b|(?<short>[mbkMBK])\b)?`

/** The fully scaled amount of an AMOUNT_SOURCE match, or null. */
export function amountOf(match: RegExpExecArray): number | null {
  const g = match.groups ?? {}
  const n = parseDigits(g.num ?? '')
  if (n === null) return null
  return scaled(n, scaleOf(g.scale ?? g.short))
}

/** Span of the whole match. */
export function spanOf(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length }
}

// The pair is read from every entity mention of the document; a document with many
// currency words would read them once per word. Memoized per entity list (keyed by
// the array and its length, so a list grown after the first read is read again).
const PAIRS = new WeakMap<object, { n: number; codes: string[] }>()

/** The document's countries as alpha-2 codes, for currency words such as "pounds". */
export function pairCodes(ctx: PipelineContext): string[] {
  const known = PAIRS.get(ctx.entities)
  if (known && known.n === ctx.entities.length) return known.codes
  const codes = pairCountries(ctx).map((k) => k.replace(/^country:/, ''))
  PAIRS.set(ctx.entities, { n: ctx.entities.length, codes })
  return codes
}
