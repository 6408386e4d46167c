import type { Refiner } from '../../pipeline/recognizer.js'
import type { Figure } from '../figure.js'

// One way to read any run of spaces (the word, when present, takes the spaces after
// it), so a long gap that fails at its end is not retried at every split of the run.
const BETWEEN = /^\s*\(\s*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|equivalent to|or|~|=|c\.)\s*)?$/i

/**
 * A money amount in parentheses right after another ("1.5 million yuan
 * (about 234,000 USD)") is the same amount converted: linked to the
 * original, never a claim of its own.
 */
export const linkConversions: Refiner<Figure> = {
  name: 'link-conversions',
  refine(ctx, figures) {
    return figures.map((f, i) => {
      const prev = figures[i - 1]
      if (!prev || f.kind !== 'money' || prev.kind !== 'money' || prev.convertedFrom) return f
      if (!BETWEEN.test(ctx.text.slice(prev.span.end, f.span.start))) return f
      return { ...f, convertedFrom: prev.span }
    })
  },
}
