import type { Refiner } from '../../pipeline/recognizer.js'
import { sentenceAt } from '../../pipeline/context.js'
import { between, bounds } from '../calendar.js'
import { maxNeeds, type TimeCandidate } from '../candidate.js'

/** How long "shortly after" stretches: a week. */
const SHORTLY = 7

/**
 * "shortly after" + the time named next in the same sentence (or, failing
 * that, the one before it): the week after (before) that time. With nothing
 * to relate to, the candidate stays unresolvable and is reported as such.
 */
export const anchorRelations: Refiner<TimeCandidate> = {
  name: 'anchor-relations',
  refine(ctx, results) {
    return results.map((c, i) => {
      if (!c.relation) return c
      const sentence = sentenceAt(ctx, c.span.start)
      const lo = sentence?.span.start ?? 0
      const hi = sentence?.span.end ?? ctx.text.length
      const inSentence = (o: TimeCandidate | undefined) => o && !o.relation && o.span.start >= lo && o.span.end <= hi
      const next = results.slice(i + 1).find((o) => !o.relation)
      const prev = results.slice(0, i).reverse().find((o) => !o.relation)
      const target = inSentence(next) ? next : inSentence(prev) ? prev : undefined
      if (!target) return c
      const after = c.relation === 'after'
      return {
        ...c,
        needs: maxNeeds('none', target.needs),
        resolve: (anchor) => {
          const v = target.resolve(anchor)
          if (!v) return null
          const [s, e] = bounds(v)
          return after ? between(e, e + SHORTLY, 'range') : between(s - SHORTLY, s, 'range')
        },
      }
    })
  },
}
