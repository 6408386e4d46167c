import { defineIndex, indexOf, type PipelineContext } from '../../pipeline/context.js'
import { pairCountries } from '../interpret/pair.js'
import { NUMBER_SOURCE, parseDigits, scaled, scaleOf } from '../numbers.js'

/** Long scale words may follow after a space; one-letter ones only attached ("$8m"), or a capital after a hyphen ("$22.8-B"). */
export const AMOUNT_SOURCE = String.raw`(?<num>${NUMBER_SOURCE})(?:[\s-]?(?<scale>[Tt]rillion|[Bb]illion|[Mm]illion|[Tt]housand|[Cc]rores?|[Ll]akhs?|[Bb]ln|[Mm]ln|[Bb]n|BN|[Mm]n|[Tt]n)\b|(?:-(?=[BM]\b))?(?<short>[mbkMBK])\b)?`

/**
 * The fully scaled amount of an AMOUNT_SOURCE match, or null. In a text that
 * writes decimals with a comma ("20,5%"), "1,345 billion" is 1.345 billion:
 * a scale word after a thousands group would be an odd way to write 1.3
 * trillion.
 */
export function amountOf(match: RegExpExecArray, ctx?: PipelineContext): number | null {
  const g = match.groups ?? {}
  const scale = g.scale ?? g.short
  const decimal = scale !== undefined && ctx !== undefined && /^\d{1,3},\d{3}$/.test(g.num ?? '') && decimalComma(ctx)
  const n = decimal ? Number((g.num ?? '').replace(',', '.')) : parseDigits(g.num ?? '')
  if (n === null || !Number.isFinite(n)) return null
  return scaled(n, scaleOf(scale))
}

// A decimal comma before a percent sign or a scale word, and no number grouped in thousands twice.
const DECIMAL_COMMA = /\b\d{1,3},\d{1,2}(?!\d)\s?(?:%|per ?cent|percent|billion|million|bn)/i
const THOUSANDS = /\d,\d{3},\d{3}/
const DECIMAL_COMMA_TEXT = defineIndex('decimal-comma', (ctx) => DECIMAL_COMMA.test(ctx.text) && !THOUSANDS.test(ctx.text))

/** True when the document writes decimals with a comma ("20,5%", "2,5 billion"). */
export function decimalComma(ctx: PipelineContext): boolean {
  return indexOf(ctx, DECIMAL_COMMA_TEXT)
}

/** Span of the whole match. */
export function spanOf(match: RegExpExecArray): { start: number; end: number } {
  return { start: match.index, end: match.index + match[0].length }
}

// The pair is read from every entity mention of the document; a document with many
// currency words would read them once per word. Entities are final when figures are read.
const PAIR_CODES = defineIndex('pair-codes', (ctx) => pairCountries(ctx).map((k) => k.replace(/^country:/, '')))

/** The document's countries as alpha-2 codes, for currency words such as "pounds". */
export function pairCodes(ctx: PipelineContext): string[] {
  return indexOf(ctx, PAIR_CODES)
}
