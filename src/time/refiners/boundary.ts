import type { Refiner } from '../../pipeline/recognizer.js'
import type { TimeInterval } from '../../model/types.js'
import { between, bounds, dayNumber, daysInMonth, ymdOf } from '../calendar.js'
import type { TimeCandidate } from '../candidate.js'

const END = /\b(?:the\s+)?(?<w>end|close|beginning|start)\s+of\s+$/i

/**
 * "the end of 2023", "the beginning of October": the last (first) month of
 * a longer period, or the last (first) day of a month.
 */
export const boundary: Refiner<TimeCandidate> = {
  name: 'boundary',
  refine(ctx, results) {
    return results.map((c) => {
      if (c.relation || (c.needs === 'reference' && c.ruleId === 'time:now')) return c
      const head = ctx.text.slice(Math.max(0, c.span.start - 20), c.span.start)
      const m = END.exec(head)
      if (!m) return c
      const atEnd = /^(?:end|close)$/i.test(m.groups!.w)
      const start = c.span.start - m[0].length
      return {
        ...c,
        span: { start, end: c.span.end },
        text: ctx.text.slice(start, c.span.end),
        ruleId: `${c.ruleId}:${atEnd ? 'end' : 'start'}`,
        period: false,
        resolve: (anchor) => {
          const v = c.resolve(anchor)
          return v ? edge(v, atEnd) : null
        },
      }
    })
  },
}

function edge(v: TimeInterval, atEnd: boolean): TimeInterval {
  const [s, e] = bounds(v)
  const [sy, sm] = ymdOf(s)
  const [ey, em] = ymdOf(e)
  if (s === e) return v
  if (sy === ey && sm === em) return atEnd ? between(e, e, 'day') : between(s, s, 'day')
  if (atEnd) return between(dayNumber(ey, em, 1), e, 'month')
  return between(s, dayNumber(sy, sm, daysInMonth(sy, sm)), 'month')
}
