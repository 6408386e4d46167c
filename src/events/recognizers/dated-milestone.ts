import type { Recognizer } from '../../pipeline/recognizer.js'
import { clauseOf } from '../clause.js'
import type { EventDraft } from '../draft.js'
import { locate, makeEvent } from '../make-event.js'
import { betweenCountries } from '../milestone.js'

/** What sets one dated milestone apart from the others. */
export interface DatedMilestoneOptions {
  /** Whether an as-of date ("as of 2020") dates it too. */
  readonly asOf: boolean
  /** What must not be named before it in its clause: "the ban on Chilean salmon took effect" is the ban's, not a milestone. */
  readonly notSubject?: RegExp
}

/**
 * A milestone of the relationship matched whole by `pattern` and told with
 * its date in the same clause ("established a Steering Committee ... in
 * November 2006", "the 75th anniversary of diplomatic relations ... in
 * 2025"). Undated, it is background, not an event.
 */
export function datedMilestone(name: string, pattern: RegExp, options: DatedMilestoneOptions): Recognizer<EventDraft> {
  return {
    name,
    pattern: () => pattern,
    extract(ctx, match) {
      const info = locate(ctx, match.index)
      if (!info) return null
      const trigger = { start: match.index, end: match.index + match[0].length }
      const clause = clauseOf(info, trigger)
      if (options.notSubject?.test(ctx.text.slice(clause.start, trigger.start))) return null
      const dates = info.times.some((t) => t.value && (options.asOf || !t.asOf) && t.span.start >= clause.start && t.span.end <= clause.end)
      if (!dates) return null
      return betweenCountries(ctx, makeEvent(ctx, { type: 'relations_milestone', ruleId: `events:${name}`, trigger, roles: 'parties' }))
    },
  }
}
