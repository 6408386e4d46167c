import type { Refiner } from '../../pipeline/recognizer.js'
import { officeHolderNames } from '../../time/dating/office-mentions.js'
import { foldName } from '../../util/fold.js'
import { overlapIndex } from '../../util/spans.js'
import { PRIORITY, personCandidate, type Candidate } from '../candidate.js'

/**
 * The full name of someone the office table knows (src/time/dating/office-terms-data.ts),
 * written in words of two or more ("KP Sharma Oli", "Hassan Sheikh Mohamud",
 * "Faisal bin Farhan Al Saud"), is one person, named as the table names
 * them: readers that took part of it ("Sharma Oli") or cut it at a word that
 * is also a title ("Hassan" / "Mohamud" around "Sheikh") are joined into
 * one mention, named as written, with the table's spelling as an alias.
 * A name no reader
 * took, where nothing else was read, becomes a person.
 */
export const officeHolderNamesRefiner: Refiner<Candidate> = {
  name: 'office-holder-names',
  refine(ctx, results) {
    const hits = officeHolderNames(ctx.text).filter((h) => h.text.includes(' ') && new Set(h.terms.map((t) => t.name)).size === 1)
    if (hits.length === 0) return results
    const dropped = new Set<Candidate>()
    // Joined mentions are new candidates in place of the old (refiners return new results).
    const joined = new Map<Candidate, Candidate>()
    const added: Candidate[] = []
    const overlapping = overlapIndex(results)
    for (const hit of hits) {
      const term = hit.terms[0]!
      const over = overlapping(hit.span)
      const persons = over.filter((c) => c.type === 'person' && !dropped.has(c))
      // Keyed by the name as written (the table may spell it otherwise: Støre, Store); the table's spelling is an alias.
      const known = { key: `person:${foldName(hit.text)}`, name: hit.text, aliases: hit.text === term.name ? [] : [term.name] }
      if (persons.length === 0) {
        if (over.length === 0)
          added.push(personCandidate(hit.span, hit.text, 'entities:office-holder', PRIORITY.person, { ...known, country: countryOf(term.country) }))
        continue
      }
      const [original, ...rest] = persons.sort((a, b) => a.span.start - b.span.start)
      const first = joined.get(original!) ?? original!
      const start = Math.min(first.span.start, hit.span.start)
      const end = Math.max(first.span.end, ...rest.map((c) => c.span.end), hit.span.end)
      joined.set(original!, {
        ...first,
        ...known,
        span: { start, end },
        text: ctx.text.slice(start, end),
        aliases: [...new Set([...(first.aliases ?? []), ...known.aliases])],
        roles: [...(first.roles ?? []), ...rest.flatMap((c) => c.roles ?? [])],
        country: first.country ?? countryOf(term.country),
        tentative: false,
      })
      for (const c of rest) dropped.add(c)
    }
    return [...results.filter((c) => !dropped.has(c)).map((c) => joined.get(c) ?? c), ...added]
  },
}

/** The table's country when it is one (organizations have their own codes: "EU", "UN", "NATO"). */
function countryOf(code: string): string | null {
  return /^[A-Z]{2}$/.test(code) && code !== 'EU' && code !== 'UN' ? code : null
}
