import type { Refiner } from '../../pipeline/recognizer.js'
import type { TimeInterval } from '../../model/types.js'
import { between, bounds, ymdOf } from '../calendar.js'
import { maxNeeds, type Anchor, type TimeCandidate } from '../candidate.js'

const JOINER = /^\s*(?:[-‐‑‒–—−]|to|until|till|through|and)\s*$/i
const BETWEEN = /\bbetween\s+$/i
const FROM = /\b(?:from|between)\s+$/i

/**
 * Two expressions joined into a range: "from October 30 to November 2",
 * "between 2020 and 2022", "from June 2021 to March 2022". "and" joins only
 * after "between"; "to" only after "from" unless both ends are full dates.
 * A year-less first end takes the year of the second.
 */
export const mergeRanges: Refiner<TimeCandidate> = {
  name: 'merge-ranges',
  refine(ctx, results) {
    const out: TimeCandidate[] = []
    for (let i = 0; i < results.length; i++) {
      const a = results[i]
      const b = results[i + 1]
      if (b && joinable(ctx.text, a, b)) {
        out.push(merged(ctx.text, a, b))
        i++
      } else out.push(a)
    }
    return out
  },
}

function joinable(text: string, a: TimeCandidate, b: TimeCandidate): boolean {
  if (a.relation || b.relation || a.asOf || b.asOf) return false
  const gap = text.slice(a.span.end, b.span.start)
  if (gap.length > 12 || !JOINER.test(gap)) return false
  const head = text.slice(Math.max(0, a.span.start - 10), a.span.start)
  const word = gap.trim().toLowerCase()
  if (word === 'and') return BETWEEN.test(head)
  if (/^(?:to|until|till|through)$/.test(word)) return FROM.test(head) || (a.needs !== 'reference' && b.needs !== 'reference')
  return a.needs !== 'reference' && b.needs !== 'reference'
}

function merged(text: string, a: TimeCandidate, b: TimeCandidate): TimeCandidate {
  const span = { start: a.span.start, end: b.span.end }
  const resolve = (anchor: Anchor): TimeInterval | null => {
    const second = b.resolve(anchor)
    let first: TimeInterval | null
    if (a.needs === 'year' && second) {
      const y = ymdOf(bounds(second)[0])[0]
      first = a.resolve({ ...anchor, year: y })
      if (first && bounds(first)[0] > bounds(second)[0]) first = a.resolve({ ...anchor, year: y - 1 })
    } else first = a.resolve(anchor)
    if (!first || !second) return null
    const [s] = bounds(first)
    const [, e] = bounds(second)
    if (e < s) return null
    return between(s, e, first.granularity === second.granularity ? first.granularity : 'range')
  }
  return {
    span,
    text: text.slice(span.start, span.end),
    ruleId: 'time:range',
    needs: maxNeeds(a.needs, b.needs),
    resolve,
    period: a.period && b.period,
  }
}
