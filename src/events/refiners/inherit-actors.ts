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
    const ordered = [...results].sort((a, b) => a.span.start - b.span.start)
    let principal: string[] | null = null
    return results.map((d) => {
      if (!d.inheritActors || d.actors.length > 0) return d
      const before = ordered.filter((o) => o !== d && o.actors.length > 0 && !o.inheritActors && o.span.start <= d.span.start && d.sentence - o.sentence <= CARRY)
      const nearest = before[before.length - 1]
      principal ??= principalActors(ctx)
      const actors = nearest ? [...nearest.actors] : principal
      return actors.length > 0 ? { ...d, actors: [...actors] } : d
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
