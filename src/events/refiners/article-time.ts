import type { Refiner } from '../../pipeline/recognizer.js'
import { isoOf, parseIsoDay } from '../../time/calendar.js'
import type { EventDraft } from '../draft.js'

// Background the article recounts, not its news: such an event keeps no time
// rather than the article's ("their last meeting", "had visited", "since").
const BACKGROUND = /\b(?:previous(?:ly)?|last|earlier|former(?:ly)?|in the past|ago|once|ever|history|historic(?:al)?|since|had\s+(?:\w+\s+)?(?:been|met|visited|signed|held|spoken|agreed)|used to|over the (?:years|decades)|first\s+(?:[\w-]+\s+){0,4}(?:since|in \d+|ever))\b/i
const LOOK_BACK = 1
const LOOK_AHEAD = 14

/**
 * The last step of event-time attribution: an event that neither its own
 * clause, nor the clause around it, nor an enclosing event dates, in an
 * article whose date is known, is news of that article: a report happened
 * on the article's day or the day before, a plan lies in the two weeks
 * after it. The basis is recorded as `article`, so a view can say how the
 * date was reached; recounted background stays undated.
 */
export const articleTime: Refiner<EventDraft> = {
  name: 'article-time',
  refine(ctx, results) {
    const published = ctx.published
    const start = parseIsoDay(published?.start)
    const end = parseIsoDay(published?.end)
    if (start === null || end === null) return results
    return results.map((d) => {
      if (d.when || d.repeatOf) return d
      const sentence = ctx.sentences[d.sentence]
      if (!sentence || BACKGROUND.test(ctx.text.slice(sentence.span.start, sentence.span.end))) return d
      const when =
        d.status === 'planned'
          ? { start: isoOf(start), end: isoOf(end + LOOK_AHEAD), granularity: 'day' as const }
          : { start: isoOf(start - LOOK_BACK), end: isoOf(end), granularity: 'day' as const }
      return { ...d, when, whenBasis: 'article' as const }
    })
  },
}
