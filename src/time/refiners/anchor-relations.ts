import type { Refiner } from '../../pipeline/recognizer.js'
import { sentenceAt } from '../../pipeline/context.js'
import type { PipelineContext } from '../../pipeline/context.js'
import type { TimeInterval } from '../../model/types.js'
import { between, bounds, monthsInterval, shiftDay, ymdOf } from '../calendar.js'
import { maxNeeds, type TimeCandidate } from '../candidate.js'

/** How long "shortly after" stretches: a week. */
const SHORTLY = 7
/** How far back "the next day" looks for the day it counts from. */
const OFFSET_REACH = 600

/**
 * "shortly after" + the time named next in the same sentence (or, failing
 * that, the one before it): the week after (before) that time. With nothing
 * to relate to, the candidate stays unresolvable and is reported as such.
 * "The next day", "two days later": the last single day named before, within
 * a few sentences, shifted.
 */
export const anchorRelations: Refiner<TimeCandidate> = {
  name: 'anchor-relations',
  refine(ctx, results) {
    return results.map((c, i) => {
      if (!c.relation) return c
      if (c.relation === 'offset') return c.offsetMonths !== undefined ? monthsFrom(ctx, c, results.slice(0, i)) : offsetFrom(c, results.slice(0, i))
      const sentence = sentenceAt(ctx, c.span.start)
      const lo = sentence?.span.start ?? 0
      const hi = sentence?.span.end ?? ctx.text.length
      const inSentence = (o: TimeCandidate | undefined) => o && !o.relation && o.span.start >= lo && o.span.end <= hi
      const next = results.slice(i + 1).find((o) => !o.relation)
      const prev = results
        .slice(0, i)
        .reverse()
        .find((o) => !o.relation)
      const target = inSentence(next) ? next : inSentence(prev) ? prev : undefined
      if (!target) return c
      const after = c.relation === 'after'
      return relativeTo(c, target, (v) => {
        const [s, e] = bounds(v)
        return after ? between(e, e + SHORTLY, 'range') : between(s - SHORTLY, s, 'range')
      })
    })
  },
}

function offsetFrom(c: TimeCandidate, earlier: readonly TimeCandidate[]): TimeCandidate {
  const target = [...earlier].reverse().find((o) => !o.relation && !o.asOf && c.span.start - o.span.end <= OFFSET_REACH)
  if (!target) return c
  const offset = c.offsetDays ?? 0
  return relativeTo(c, target, (v) => {
    const [s, e] = bounds(v)
    // Only a day can be counted from ("the next day" after "in 2020" says nothing).
    return s === e ? between(s + offset, s + offset, 'day') : null
  })
}

/** The candidate resolved through another one: whatever that one reads, moved by `shift` (none when it reads nothing). */
function relativeTo(c: TimeCandidate, target: TimeCandidate, shift: (v: TimeInterval) => TimeInterval | null): TimeCandidate {
  return {
    ...c,
    needs: maxNeeds('none', target.needs),
    resolve: (anchor) => {
      const v = target.resolve(anchor)
      return v ? shift(v) : null
    },
  }
}

/**
 * "A year earlier", "two months later": the last time named in the same or
 * the previous sentence, shifted by whole months. A year, quarter or range
 * shifts whole; a single day or a week gives the month it shifts into ("a
 * month later" is not a day's count). Months from a year are not counted.
 */
function monthsFrom(ctx: PipelineContext, c: TimeCandidate, earlier: readonly TimeCandidate[]): TimeCandidate {
  const here = sentenceAt(ctx, c.span.start)?.index
  const target = [...earlier].reverse().find((o) => !o.relation && !o.asOf)
  if (!target) return c
  const there = sentenceAt(ctx, target.span.start)?.index
  if (here === undefined || there === undefined ? c.span.start - target.span.end > OFFSET_REACH : here - there > 1) return c
  const months = c.offsetMonths ?? 0
  return relativeTo(c, target, (v) => shiftMonths(v, months))
}

function shiftMonths(v: TimeInterval, months: number): TimeInterval | null {
  const [s, e] = bounds(v)
  if (v.granularity === 'year' || v.granularity === 'decade') {
    return months % 12 === 0 ? between(shiftDay(s, 0, months), shiftDay(e + 1, 0, months) - 1, v.granularity) : null
  }
  if (e - s < 28) {
    const [y, m] = ymdOf(shiftDay(s, 0, months))
    return monthsInterval(y, m)
  }
  // A month, quarter or range of months: the same months, shifted (to the last day of the end month).
  return between(shiftDay(s, 0, months), shiftDay(e + 1, 0, months) - 1, v.granularity)
}
