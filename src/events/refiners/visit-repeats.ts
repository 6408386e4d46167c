import type { PipelineContext } from '../../pipeline/context.js'
import type { Refiner } from '../../pipeline/recognizer.js'
import { docIndex } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { withChanges } from './util.js'

// "visit to the UAE", "visit of Prime Minister X to Mexico": the destination right after the visit noun.
const TO_HOST = /^\s*(?:of\s+(?=\S)[^,.;]{1,60}?\s+)?to\s+(?:the\s+)?$/i

/**
 * The restatement names where the guest goes ("his seventh visit to the
 * UAE"), as opposed to a bare reference back ("the trip", "the visit of X
 * is expected to ...").
 */
export function namesDestination(ctx: PipelineContext, d: EventDraft): boolean {
  const info = docIndex(ctx).sentences[d.sentence]
  if (!info) return false
  return info.entities.some(
    (m) =>
      m.span.start >= d.trigger.end &&
      (m.key === d.host || (m.type === 'place' && m.country === d.host)) &&
      TO_HOST.test(ctx.text.slice(d.trigger.end, m.span.start)),
  )
}

/**
 * An undated visit mention ("This will be Trong's third visit to China",
 * "Trong's trip is a reciprocal visit") restates a dated visit of the same
 * guest to the same host in the document. It becomes a repeat of that visit
 * (dated and clustered with it) when `keep` says so, else it is dropped. The
 * main mention learns what the restatement says about status ("will be")
 * when it says nothing itself.
 */
export function visitRepeatsWith(keep: (ctx: PipelineContext, d: EventDraft) => boolean): Refiner<EventDraft> {
  return {
    name: 'visit-repeats',
    refine(ctx, results) {
      const visits = results.filter((d) => d.type === 'visit' && !d.repeatOf)
      const drop = new Set<EventDraft>()
      const changes = new Map<EventDraft, EventDraft>()
      for (const d of visits) {
        if (d.ownTime) continue
        const twin = visits.find((o) => o !== d && !drop.has(o) && !o.repeatOf && o.ownTime && o.host === d.host && o.actors.some((a) => d.actors.includes(a)))
        // An arrival in a named city says more than the twin: keep it.
        if (!twin || (d.place && d.place !== twin.place)) continue
        // The status a twin learnt from an earlier restatement is its own from then on.
        const current = changes.get(twin) ?? twin
        if (!current.explicitStatus && d.explicitStatus) changes.set(twin, { ...current, status: d.status, explicitStatus: true })
        if (keep(ctx, d)) changes.set(d, { ...d, repeatOf: twin })
        else drop.add(d)
      }
      return withChanges(
        results.filter((d) => !drop.has(d)),
        changes,
      )
    },
  }
}

/**
 * Body restatements of a visit that name its destination ("his seventh
 * visit to X") are kept as repeats of the dated visit: an analyst reading
 * the evidence sees every place the article states it, and coreference
 * joins them. Bare references back ("the trip") stay dropped.
 */
export const visitRepeats: Refiner<EventDraft> = visitRepeatsWith(namesDestination)
