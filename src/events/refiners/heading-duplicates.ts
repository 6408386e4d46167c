import type { Refiner } from '../../pipeline/recognizer.js'
import type { PipelineContext } from '../../pipeline/context.js'
import { docIndex } from '../doc-index.js'
import type { EventDraft } from '../draft.js'
import { shareActor, withChanges } from './util.js'

// The heading names the event only as the setting of its news ("... chart
// course during talks between A, B"): it does not report the event itself.
const SETTING = /\b(?:during|at|after|following|before|ahead of|amid|on the (?:sidelines|margins) of)\s+(?:(?:the|their|his|her|its|a|an)\s+)?$/i

/**
 * The one body mention a heading restates: same type, a shared actor (or
 * the heading names no person), the same host, stated count and time (when
 * both state them); a dated mention over undated ones. Null when that leaves none or several (a
 * heading over several meetings restates none of them in particular).
 */
function mainOf(d: EventDraft, body: readonly EventDraft[]): EventDraft | null {
  let found = body.filter(
    (o) => (!d.host || !o.host || o.host === d.host) && (!d.when || !o.when || (d.when.start <= o.when.end && o.when.start <= d.when.end)),
  )
  if (d.count !== null) found = found.filter((o) => o.count === d.count)
  const dated = found.filter((o) => o.ownTime)
  if (dated.length > 0) found = dated
  return found.length === 1 ? found[0] : null
}

/** The heading line around a trigger, folded, to tell a heading printed twice. */
function lineOf(ctx: PipelineContext, d: EventDraft): string {
  const start = ctx.text.lastIndexOf('\n', d.trigger.start) + 1
  const end = ctx.text.indexOf('\n', d.trigger.end)
  return ctx.text
    .slice(start, end < 0 ? ctx.text.length : end)
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/**
 * A headline or section heading that restates an event of the body is not
 * a second report of it. When it restates one body mention as its news, it
 * stays a record marked as a repeat of that mention (dated and clustered
 * with it); otherwise it is dropped. A heading printed twice (page title and
 * article title) gives one repeat, at the copy nearest the body.
 */
export const headingDuplicates: Refiner<EventDraft> = {
  name: 'heading-duplicates',
  refine(ctx, results) {
    const index = docIndex(ctx)
    const heading = (d: EventDraft) => index.sentences[d.sentence]?.heading ?? false
    const drop = new Set<EventDraft>()
    // Each heading restating a body mention -> that main mention.
    const repeats = new Map<EventDraft, EventDraft>()
    // Body mentions by type, in their order: a heading reads those of its own type only (each heading
    // reading every event of a long text was quadratic).
    const byType = new Map<string, EventDraft[]>()
    for (const o of results) {
      if (heading(o) || o.repeatOf) continue
      const list = byType.get(o.type)
      if (list) list.push(o)
      else byType.set(o.type, [o])
    }
    for (const d of results) {
      if (!heading(d) || d.repeatOf) continue
      const body = (byType.get(d.type) ?? []).filter((o) => o !== d && (shareActor(o, d) || !d.actors.some((a) => a.startsWith('person:'))))
      if (body.length === 0) continue
      const main = mainOf(d, body)
      const before = ctx.text.slice(index.sentences[d.sentence].sentence.span.start, d.trigger.start)
      if (main && !SETTING.test(before)) repeats.set(d, main)
      else drop.add(d)
    }
    for (const [d, main] of repeats) {
      const later = [...repeats].some(([o, of]) => o !== d && of === main && o.trigger.start > d.trigger.start && lineOf(ctx, o) === lineOf(ctx, d))
      if (later) drop.add(d)
    }
    const changes = new Map([...repeats].map(([d, main]) => [d, { ...d, repeatOf: main }]))
    return withChanges(
      results.filter((d) => !drop.has(d)),
      changes,
    )
  },
}
