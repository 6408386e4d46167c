import type { EventDraft } from '../draft.js'

/** True when two drafts share at least one actor. */
export function shareActor(a: EventDraft, b: EventDraft): boolean {
  return a.actors.some((x) => b.actors.includes(x))
}

/** True when one actor list contains the other. */
export function nested(a: readonly string[], b: readonly string[]): boolean {
  return a.every((x) => b.includes(x)) || b.every((x) => a.includes(x))
}

export function overlapSpan(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end
}

/** Fold `from` into `into`: union of actors, the better time, status and count. */
export function absorb(into: EventDraft, from: EventDraft): void {
  for (const a of from.actors) if (!into.actors.includes(a)) into.actors.push(a)
  if (into.actors.length === 0 && from.inheritActors) into.inheritActors = true
  into.host ??= from.host
  into.place ??= from.place
  // The reading that told who acted on whom keeps its sides.
  if (!into.source?.length && from.source?.length) into.source = [...from.source]
  if (!into.target?.length && from.target?.length) into.target = [...from.target]
  if (!into.ownTime && from.ownTime) {
    into.when = from.when
    into.whenBasis = from.whenBasis
    into.ownTime = true
  }
  if (!into.explicitStatus && from.explicitStatus) {
    into.status = from.status
    into.explicitStatus = true
  } else if (from.explicitStatus && from.status === 'planned') into.status = 'planned'
  into.count ??= from.count
  into.name ??= from.name
  into.weak = Boolean(into.weak && from.weak)
  into.span = { start: Math.min(into.span.start, from.span.start), end: Math.max(into.span.end, from.span.end) }
}

/**
 * The drafts with some replaced (`changes`: a draft read -> the new draft
 * standing for it), every repeat pointing at the new draft of its main:
 * refiners return new drafts and leave the ones they read as they were.
 */
export function withChanges(results: readonly EventDraft[], changes: ReadonlyMap<EventDraft, EventDraft>): EventDraft[] {
  if (changes.size === 0) return [...results]
  return results.map((d) => {
    const out = changes.get(d) ?? d
    const main = out.repeatOf ? (changes.get(out.repeatOf) ?? out.repeatOf) : out.repeatOf
    return main !== out.repeatOf ? { ...out, repeatOf: main } : out
  })
}
