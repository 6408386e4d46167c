import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'
import { absorb, nested, overlapSpan } from './util.js'

/**
 * Two recognizers reading the same words ("paid an official visit" and
 * "visit to China") give one event: same type, overlapping triggers and
 * nested actor lists. A guest makes one visit per sentence, so visits of
 * the same guest in one sentence merge too (one reading may also name who received the guest), and so do meetings, talks or
 * calls of the same actors.
 */
function timesAgree(a: EventDraft, b: EventDraft): boolean {
  if (!a.when || !b.when) return true
  return a.when.start <= b.when.end && b.when.start <= a.when.end
}

// Meetings, talks and calls: the same persons named at the same word twice in
// one sentence ("roundtable meetings with ..., and bilateral meetings with A
// and B", each noun reading the list) sit once.
const SITTINGS = new Set(['meeting', 'talks', 'phone_call'])

/** The same actors, a person among them. */
function samePersons(a: readonly string[], b: readonly string[]): boolean {
  return a.some((k) => k.startsWith('person:')) && a.length === b.length && a.every((k) => b.includes(k))
}

function sameWord(text: string, a: EventDraft, b: EventDraft): boolean {
  return text.slice(a.trigger.start, a.trigger.end).toLowerCase() === text.slice(b.trigger.start, b.trigger.end).toLowerCase()
}

export const mergeOverlaps: Refiner<EventDraft> = {
  name: 'merge-overlaps',
  refine(ctx, results) {
    const sorted = [...results].sort((a, b) => a.trigger.start - b.trigger.start || b.trigger.end - a.trigger.end)
    const out: EventDraft[] = []
    // Only an event of the same sentence can merge: look among those (in the
    // order they were kept), not through every event of the document.
    const bySentence = new Map<number, EventDraft[]>()
    for (const d of sorted) {
      const kept = bySentence.get(d.sentence) ?? []
      const same = kept.find(
        (o) =>
          o.type === d.type &&
          o.sentence === d.sentence &&
          timesAgree(o, d) &&
          ((overlapSpan(o.trigger, d.trigger) && nested(o.actors, d.actors) && (o.name ?? null) === (d.name ?? null)) ||
            (o.name != null && o.name === d.name && nested(o.actors, d.actors)) ||
            (d.type === 'visit' && o.actors.length > 0 && d.actors.length > 0 && nested(o.actors, d.actors) && (!o.host || !d.host || o.host === d.host)) ||
            (SITTINGS.has(d.type) && samePersons(o.actors, d.actors) && sameWord(ctx.text, o, d))),
      )
      if (same) absorb(same, d)
      else {
        const copy = { ...d, actors: [...d.actors] }
        out.push(copy)
        if (kept.length === 0) bySentence.set(d.sentence, kept)
        kept.push(copy)
      }
    }
    return out
  },
}
