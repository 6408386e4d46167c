import type { Refiner } from '../../pipeline/recognizer.js'
import { between, bounds, parseIsoDay } from '../calendar.js'
import { type TimeCandidate } from '../candidate.js'

const AS_OF = /\b(?:as\s+(?:of|at)|by|up\s+to|until|till|through)\s+(?:the\s+)?$/i
const AS_OF_STRICT = /\b(?:as\s+(?:of|at)|by)\s+(?:the\s+)?$/i
const SINCE = /\b(?:ever\s+)?since\s+(?:the\s+)?$/i

/**
 * Words around an expression that change what it means: "since 2016" (from
 * 2016 to the reference) and "as of October 2024", "by the end of 2023" (an
 * as-of point). "until"/"up to" mark an as-of point only before an "end of".
 */
export const wrap: Refiner<TimeCandidate> = {
  name: 'wrap',
  refine(ctx, results) {
    return results.map((c) => {
      if (c.relation || c.asOf) return c
      const head = ctx.text.slice(Math.max(0, c.span.start - 16), c.span.start)
      const since = SINCE.exec(head)
      if (since) return sinceOf(ctx.text, c, c.span.start - since[0].length)
      const asOf = AS_OF.exec(head)
      const isEnd = c.ruleId.endsWith(':end')
      if (asOf && (AS_OF_STRICT.test(head) || isEnd)) {
        const start = c.span.start - asOf[0].length
        return { ...c, span: { start, end: c.span.end }, text: ctx.text.slice(start, c.span.end), asOf: true, period: false }
      }
      return c
    })
  },
}

function sinceOf(text: string, c: TimeCandidate, start: number): TimeCandidate {
  return {
    ...c,
    span: { start, end: c.span.end },
    text: text.slice(start, c.span.end),
    ruleId: 'time:since',
    needs: 'reference',
    period: false,
    resolve: (anchor) => {
      const v = c.resolve(anchor)
      const ref = parseIsoDay(anchor.reference)
      if (!v || ref === null) return null
      const [s] = bounds(v)
      return s <= ref ? between(s, ref, 'range') : null
    },
  }
}
