import type { Span, TimeInterval, TimeMention } from '../model/types.js'
import type { PipelineContext } from '../pipeline/context.js'
import type { SentenceInfo } from './doc-index.js'

// A time after these words is a deadline, a validity period or a starting
// point, not the time of the event ("a plan for 2021-2025", "since 2016").
// "scheduled for 20 March" is the event's own time, though.
const NOT_EVENT_TIME = /\b(?:(?<!\b(?:scheduled|set|slated|planned|due|fixed|expected)\s)for|by|until|till|since|as of|before|through|within|of|ahead of)\s+(?:the\s+)?(?:period\s+)?$/i
const SUBORDINATE = /,\s+(?:which|who|whose|whom|where|replacing|following|after|before|[a-z]+ing\s+(?:the|a|an|their|its)\b)/i
const JOIN = /^\s*(?:and|to|-|–|until|through|till)\s*$/i

function usable(ctx: PipelineContext, t: TimeMention): boolean {
  if (!t.value || t.asOf) return false
  if (t.value.granularity === 'duration') return false
  if (/^(?:since|by|until|till|through|before|as of)\b/i.test(t.text)) return false
  if (/^for\b/i.test(t.text) && !/\b(?:scheduled|set|slated|planned|due|fixed|expected)\s+$/i.test(ctx.text.slice(Math.max(0, t.span.start - 12), t.span.start))) return false
  const before = ctx.text.slice(Math.max(0, t.span.start - 24), t.span.start)
  return !NOT_EVENT_TIME.test(before)
}

/** Joins "between 2020 and 2022" read as two mentions into one range. */
function joined(ctx: PipelineContext, list: TimeMention[]): { span: Span; value: TimeInterval }[] {
  const out: { span: Span; value: TimeInterval }[] = []
  for (let i = 0; i < list.length; i++) {
    const a = list[i]
    const b = list[i + 1]
    if (b && JOIN.test(ctx.text.slice(a.span.end, b.span.start)) && a.value!.start <= b.value!.start) {
      out.push({ span: { start: a.span.start, end: b.span.end }, value: { start: a.value!.start, end: b.value!.end, granularity: 'range' } })
      i++
    } else out.push({ span: a.span, value: a.value! })
  }
  return out
}

/**
 * The time of an event: the nearest usable time mention after the trigger
 * in its clause, else the nearest before it in the clause, else the nearest
 * in the sentence. Null when the sentence states none.
 */
export function pickTime(ctx: PipelineContext, info: SentenceInfo, clause: Span, trigger: Span): { when: TimeInterval; own: boolean } | null {
  // A time behind ", replacing ...", ", which ..." dates another clause.
  const own = (t: { span: Span }) => {
    const from = Math.min(t.span.end, trigger.end)
    const to = Math.max(t.span.start, trigger.start)
    return !SUBORDINATE.test(ctx.text.slice(from, to))
  }
  const all = joined(ctx, info.times.filter((t) => usable(ctx, t))).filter(own)
  if (all.length === 0) return null
  const inClause = all.filter((t) => t.span.start >= clause.start && t.span.end <= clause.end)
  const after = inClause.filter((t) => t.span.start >= trigger.end)
  const introduced = after.find((t) => /\b(?:in|on|from|between|during|at|of|this|last|next)\s+$/i.test(ctx.text.slice(Math.max(0, t.span.start - 9), t.span.start)))
  if (introduced) return { when: introduced.value, own: true }
  if (after.length > 0) return { when: after[0].value, own: true }
  const before = inClause.filter((t) => t.span.end <= trigger.start)
  if (before.length > 0) return { when: before[before.length - 1].value, own: true }
  const inside = inClause.find((t) => t.span.start < trigger.end && trigger.start < t.span.end)
  if (inside) return { when: inside.value, own: true }
  let best = all[0]
  const dist = (s: Span) => (s.start >= trigger.end ? s.start - trigger.end : trigger.start - s.end)
  for (const t of all) if (dist(t.span) < dist(best.span)) best = t
  return { when: best.value, own: true }
}

/** The smallest interval covering every usable time of a sentence. */
export function sentenceCover(ctx: PipelineContext, info: SentenceInfo): TimeInterval | null {
  const list = info.times.filter((t) => usable(ctx, t))
  if (list.length === 0) return null
  let start = list[0].value!.start
  let end = list[0].value!.end
  for (const t of list) {
    if (t.value!.start < start) start = t.value!.start
    if (t.value!.end > end) end = t.value!.end
  }
  return { start, end, granularity: list.length === 1 ? list[0].value!.granularity : 'range' }
}
