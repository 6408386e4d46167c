import type { PipelineContext } from '../../pipeline/context.js'
import type { Recognizer } from '../../pipeline/recognizer.js'
import type { TimeCandidate } from '../candidate.js'

/**
 * A time recognizer: one global pattern compiled once at module level (with
 * the `d` flag, so a `t` group can mark the expression without its context
 * words) and one extract step that returns null to reject.
 */
export function timeRecognizer(
  name: string,
  pattern: RegExp,
  extract: (match: RegExpExecArray, ctx: PipelineContext) => TimeCandidate | null,
): Recognizer<TimeCandidate> {
  if (!pattern.global || !pattern.hasIndices) throw new Error(`time recognizer \`${name}\` needs the g and d flags`)
  return { name, pattern: () => pattern, extract: (ctx, match) => extract(match, ctx) }
}
