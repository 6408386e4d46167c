import type { Refiner } from '../../pipeline/recognizer.js'
import type { TimeInterval } from '../../model/types.js'
import type { EventDraft } from '../draft.js'
import { articleDate } from './article-time.js'
import { enclosingIndex, enclosingTime } from './enclosing-time.js'
import { withChanges } from './util.js'

/**
 * Event-time attribution, one step with four levels tried in order; the
 * first that gives a time wins and is recorded as the event's `whenBasis`:
 * 1. `stated`: a time of the event's own clause, not of a relative clause,
 *    an apposition or a parenthesis about something else;
 * 2. `embedding`: a time of the clause the event's clause is embedded in;
 * 3. `inherited`: the time of the event it is part of (a meeting during a
 *    visit takes the visit's window; enclosing-time.ts);
 * 4. `article`: the article's date, for news reported without a time
 *    (article-time.ts).
 * Levels 1 and 2 are read when a recognizer builds the draft (make-event.ts
 * through time-pick.ts), because merging compares the times sentences
 * state; this refiner runs the other two over the drafts they left undated.
 * Repeats take their main's time later (repeat-settle.ts).
 */
export const eventTime: Refiner<EventDraft> = {
  name: 'event-time',
  refine(ctx, results) {
    // Mains in text order, each replaced by its dated draft as soon as it is dated (a later one may inherit from it).
    const mains = results.filter((d) => !d.repeatOf).sort((a, b) => a.span.start - b.span.start)
    const changes = new Map<EventDraft, EventDraft>()
    const date = (i: number, when: TimeInterval, whenBasis: EventDraft['whenBasis']) => {
      const d = mains[i]
      mains[i] = { ...d, when, whenBasis }
      changes.set(d, mains[i])
    }
    // Level 3 first over all drafts, so an event dated by the article lends no time to another.
    const index = enclosingIndex(mains)
    for (let i = 0; i < mains.length; i++) {
      if (mains[i].when) continue
      const when = enclosingTime(ctx, mains[i], mains, index)
      if (when) date(i, when, 'inherited')
    }
    for (let i = 0; i < mains.length; i++) {
      if (mains[i].when) continue
      const when = articleDate(ctx, mains[i])
      if (when) date(i, when, 'article')
    }
    return withChanges(results, changes)
  },
}
