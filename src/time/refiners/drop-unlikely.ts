import type { Refiner } from '../../pipeline/recognizer.js'
import type { TimeCandidate } from '../candidate.js'
import { numberContextOk } from '../recognizers/number-context.js'

// The run of non-space characters around a candidate, to spot links and addresses.
const WORD_AROUND = 40
const LINK = /(?:https?:\/\/|www\.|@|\.(?:com|org|net|gov|vn|cn)\/)/i

/**
 * Readings that look like times but are not: a number that opens an amount,
 * a code or an article number ("$2020 million", "Article 5 May..."), and
 * anything inside a link or an e-mail address, a reading cut inside a word, and a deadline ("within 14 days").
 */
export const dropUnlikely: Refiner<TimeCandidate> = {
  name: 'drop-unlikely',
  refine(ctx, results) {
    const text = ctx.text
    return results.filter((c) => {
      if (/^\d/.test(c.text) && !numberContextOk(text, c.span.start, c.span.end)) return false
      // "ordered to leave within 14 days": a deadline counted from an act, not a date of one (chrono reads the last day).
      if (/^within\s/i.test(c.text)) return false
      // A reading that ends inside a word ("5 be" of "5 between" read as a Buddhist-era year) is none.
      if (/\p{L}$/u.test(c.text) && /^\p{L}/u.test(text.slice(c.span.end, c.span.end + 1))) return false
      const head = text.slice(Math.max(0, c.span.start - WORD_AROUND), c.span.start)
      const tail = text.slice(c.span.end, c.span.end + WORD_AROUND)
      // bounded: head is WORD_AROUND characters
      const word = (head.match(/\S*$/)?.[0] ?? '') + c.text + (tail.match(/^\S*/)?.[0] ?? '')
      return !(word.length > c.text.length && LINK.test(word))
    })
  },
}
