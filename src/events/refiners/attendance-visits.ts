import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { pairOf } from '../groups.js'
import { homeCountry } from '../actors.js'

/**
 * Attending a summit abroad is also a visit to the host country ("attended
 * the Belt and Road Forum in Beijing"), unless that visit was already
 * reported earlier in the document or in the same sentence.
 */
export const attendanceVisits: Refiner<EventDraft> = {
  name: 'attendance-visits',
  refine(ctx, results) {
    const out = [...results]
    for (const s of results) {
      // A repeat restates a summit whose visit its main already gave.
      if (s.type !== 'summit' || !s.host || s.repeatOf) continue
      for (const person of s.actors) {
        if (!person.startsWith('person:')) continue
        // A person of unknown nationality at a summit in one country of the
        // pair is, in a bilateral article, most likely from the other one.
        const pair = pairOf(ctx)
        const host: string = s.host
        const home: string | null = homeCountry(ctx, person) ?? (pair.length === 2 && pair.includes(host) ? (pair.find((p) => p !== host) ?? null) : null)
        if (!home || home === s.host) continue
        const known = out.some(
          (v) =>
            v.type === 'visit' &&
            !v.repeatOf &&
            v.actors.includes(person) &&
            (v.host === s.host || !v.host) &&
            (v.sentence === s.sentence || v.span.start < s.span.start),
        )
        if (known) continue
        out.push({
          ...s,
          type: 'visit',
          subtype: null,
          actors: [person],
          place: s.place?.startsWith('place:') ? s.place : null,
          name: null,
          ruleId: 'events:attendance-visit',
        })
      }
    }
    return out
  },
}
