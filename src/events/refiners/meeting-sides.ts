import type { Refiner } from '../../pipeline/recognizer.js'
import { homeCountry, mentionsIn } from '../actors.js'
import type { EventDraft } from '../draft.js'
import { locate } from '../make-event.js'
import { withChanges } from './util.js'

const KINDS = new Set(['meeting', 'phone_call'])
// "received a call from X", "was received by X": the one named after the verb acted.
const REVERSED = /^\s*(?:[^.;]{0,40}?\bfrom\b|by\b)/i
const PASSIVE_BEFORE = /\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?$/i

/**
 * Who met or called whom: "MBS met the Iranian foreign minister", "Sisi
 * phoned Erdogan" (the subject acts on the object, CAMEO 04 read as
 * directed), "received a call from Raisi" (the one after "from" called).
 * Persons named before the verb are one side, persons after it the other;
 * with persons on one side only ("the two leaders met") no sides are read.
 */
export const meetingSides: Refiner<EventDraft> = {
  name: 'meeting-sides',
  refine(ctx, results) {
    const changes = new Map<EventDraft, EventDraft>()
    for (const d of results) {
      if (!KINDS.has(d.type) || (d.source?.length ?? 0) + (d.target?.length ?? 0) > 0) continue
      const info = locate(ctx, d.trigger.start)
      if (!info) continue
      const persons = mentionsIn(ctx, info, info.sentence.span).filter((m) => m.type === 'person' && d.actors.includes(m.key))
      const before = [...new Set(persons.filter((m) => m.span.end <= d.trigger.start).map((m) => m.key))]
      const after = [...new Set(persons.filter((m) => m.span.start >= d.trigger.end).map((m) => m.key))].filter((k) => !before.includes(k))
      if (before.length === 0 || after.length === 0) continue
      // Sides of two countries, when the persons' countries are known, or of unknown ones.
      const home = (k: string) => homeCountry(ctx, k)
      if (after.some((k) => home(k) !== null && before.some((b) => home(b) === home(k)))) continue
      const tail = ctx.text.slice(d.trigger.end, info.sentence.span.end)
      const reversed = REVERSED.test(tail) || PASSIVE_BEFORE.test(ctx.text.slice(info.sentence.span.start, d.trigger.start))
      changes.set(d, reversed ? { ...d, source: after, target: before } : { ...d, source: before, target: after })
    }
    return withChanges(results, changes)
  },
}
