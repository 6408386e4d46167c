import type { PipelineContext } from '../../pipeline/context.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'
import { amountOf, spanOf } from './shared.js'

/** What a figure recognizer reads off one match; the span (the whole match) and the rule are added. */
export type FigureReading = Omit<Figure, 'span' | 'ruleId'>

/**
 * A figure recognizer: one global pattern compiled once at module level and
 * one read step that returns null to reject. Its rule is `indicators:<name>`.
 */
export function figureRecognizer(
  name: string,
  pattern: RegExp,
  read: (match: RegExpExecArray, ctx: PipelineContext) => FigureReading | null,
): Recognizer<Figure> {
  const ruleId = `indicators:${name}`
  return {
    name,
    pattern: () => pattern,
    extract(ctx, match) {
      const reading = read(match, ctx)
      if (reading === null) return null
      const { kind, ...rest } = reading
      return { kind, span: spanOf(match), ...rest, ruleId }
    },
  }
}

/**
 * A money recognizer: the pattern holds AMOUNT_SOURCE, `unitOf` names the
 * currency (null rejects the match).
 */
export function moneyRecognizer(
  name: string,
  pattern: RegExp,
  unitOf: (groups: Record<string, string | undefined>, ctx: PipelineContext) => string | null,
): Recognizer<Figure> {
  return figureRecognizer(name, pattern, (match, ctx) => {
    const value = amountOf(match, ctx)
    if (value === null) return null
    const unit = unitOf(match.groups!, ctx)
    return unit ? { kind: 'money', value, unit } : null
  })
}
