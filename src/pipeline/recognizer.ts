import type { PipelineContext } from './context.js'
import { asRule } from './crash.js'

/**
 * One small pattern with one extract step, as in chrono-node. `pattern` must
 * be a global regular expression; `extract` returns null to reject a match.
 * A recognizer is pure: no I/O, no state between calls.
 */
export interface Recognizer<R> {
  readonly name: string
  pattern(ctx: PipelineContext): RegExp
  extract(ctx: PipelineContext, match: RegExpExecArray): R | readonly R[] | null
}

/** A clean-up pass over all results of one stage (merge, drop, resolve overlaps). */
export interface Refiner<R> {
  readonly name: string
  refine(ctx: PipelineContext, results: R[]): R[]
}

/**
 * Run every recognizer over `text` (default: the document), then the
 * refiners in order. A rule that throws is a bug: it fails the document as a
 * CodeError naming the rule (src/pipeline/crash.ts).
 */
export function recognize<R>(ctx: PipelineContext, recognizers: readonly Recognizer<R>[], refiners: readonly Refiner<R>[] = [], text: string = ctx.text): R[] {
  const results: R[] = []
  for (const recognizer of recognizers) {
    const pattern = asRule(recognizer.name, () => recognizer.pattern(ctx))
    if (!pattern.global) throw new Error(`recognizer \`${recognizer.name}\` must use a global pattern`)
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex++
        continue
      }
      const found = match
      const out = asRule(recognizer.name, () => recognizer.extract(ctx, found))
      if (out === null) continue
      if (Array.isArray(out)) results.push(...(out as R[]))
      else results.push(out as R)
    }
    ctx.budget?.check(`recognizer ${recognizer.name}`)
  }
  return refine(ctx, refiners, results)
}

/**
 * Run refiners in order over results. A refiner that throws is a bug named
 * by its rule (src/pipeline/crash.ts), whichever stage runs it.
 */
export function refine<R>(ctx: PipelineContext, refiners: readonly Refiner<R>[], results: R[]): R[] {
  let out = results
  for (const refiner of refiners) {
    const input = out
    out = asRule(refiner.name, () => refiner.refine(ctx, input))
    ctx.budget?.check(`refiner ${refiner.name}`)
  }
  return out
}
