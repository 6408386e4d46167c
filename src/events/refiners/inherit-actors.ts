import type { PipelineContext } from '../../pipeline/context.js'
import type { Refiner } from '../../pipeline/recognizer.js'
import type { EventDraft } from '../draft.js'

/** How far back (in sentences) an event's participants carry to a sentence that names none. */
const CARRY = 3

/**
 * "The meeting is scheduled for Tuesday in Rome." names no one: the
 * participants are those of the story around it. A draft marked
 * `inheritActors` takes the participants of the nearest event before it
 * (within a few sentences), else the document's principal pair: its two
 * most-mentioned countries and, for each, its most-mentioned person.
 */
export const inheritActors: Refiner<EventDraft> = {
  name: 'inherit-actors',
  refine(ctx, results) {
    if (!results.some((d) => d.inheritActors && d.actors.length === 0)) return results
    // One pass in text order; at one start, the drafts that name participants come first.
    const ordered = [...results].sort((a, b) => a.span.start - b.span.start || Number(Boolean(a.inheritActors)) - Number(Boolean(b.inheritActors)))
    const given = new Map<EventDraft, string[]>()
    let nearest: EventDraft | null = null
    let principal: string[] | null = null
    for (const d of ordered) {
      if (d.inheritActors && d.actors.length === 0) {
        const story = nearest && d.sentence - nearest.sentence <= CARRY ? nearest.actors : (principal ??= principalActors(ctx))
        if (story.length > 0) given.set(d, [...story])
      } else if (d.actors.length > 0 && !d.inheritActors) nearest = d
    }
    return results.map((d) => {
      const actors = given.get(d)
      return actors ? { ...d, actors } : d
    })
  },
}

/** The document's two most-mentioned countries, each with its most-mentioned person. */
export function principalActors(ctx: PipelineContext): string[] {
  const counts = new Map<string, number>()
  for (const m of ctx.entities) counts.set(m.key, (counts.get(m.key) ?? 0) + 1)
  const ranked = (keys: string[]) => keys.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))
  const countries = ranked(ctx.actors.filter((a) => a.type === 'country' && counts.has(a.key)).map((a) => a.key)).slice(0, 2)
  const persons = countries.flatMap((c) => {
    const code = c.slice('country:'.length)
    return ranked(ctx.actors.filter((a) => a.type === 'person' && a.country === code && counts.has(a.key)).map((a) => a.key)).slice(0, 1)
  })
  return [...persons, ...countries]
}
