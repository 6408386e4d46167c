import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate } from '../candidate.js'

const ENTITY_TYPES = new Set(['organization', 'party', 'mechanism', 'initiative', 'country', 'place'])

/**
 * Apply "Long Form (ACR)" definitions: the acronym becomes an alias of the
 * long form's entity, and every bare use of the acronym in the document
 * refers to it. A long form no recognizer saw ("Annual Meeting of the New
 * Champions") becomes an organization; one made only of country names
 * ("Cambodia-Laos-Myanmar-Việt Nam") keeps the acronym as its name.
 */
export const linkAcronyms: Refiner<Candidate> = {
  name: 'link-acronyms',
  refine(ctx, results) {
    const defs = results.filter((c) => c.definition)
    const out = results.filter((c) => !c.definition)
    for (const def of defs) {
      const { acronym, long } = def.definition!
      let target = pickTarget(out, long.start, long.end)
      if (!target) {
        const inside = out.filter((c) => c.span.start >= long.start && c.span.end <= long.end && !c.tentative)
        const onlyCountries = inside.length >= 2 && inside.every((c) => c.type === 'country')
        const text = ctx.text.slice(long.start, long.end)
        const name = onlyCountries ? acronym : text
        target = {
          span: long,
          text,
          type: 'organization',
          key: `org:${foldName(name)}`,
          name,
          country: null,
          ruleId: 'entities:acronym-definition',
          priority: PRIORITY.definedLong,
          aliases: onlyCountries ? [text] : [],
        }
        // A long form made of country names stays a list of countries in the
        // text; the entity lives through the acronym's own mentions.
        if (!onlyCountries) out.push(target)
      }
      target.aliases = [...new Set([...(target.aliases ?? []), acronym])]
      const folded = foldName(acronym)
      for (const c of out) {
        if (c.acronym && foldName(c.acronym) === folded) {
          c.key = target.key
          c.name = target.name
          c.type = target.type
          c.country = target.country
          c.aliases = [...new Set([...(c.aliases ?? []), ...(target.aliases ?? [])])]
        } else if (c.type !== 'country' && c.type !== 'person' && c.type !== 'group' && target.type !== 'country') {
          // "CPC Central Committee", "Congress of the CPV": the body of the
          // defined entity, named with its long form so both spellings meet.
          const name = foldName(c.name)
          if (name.startsWith(`${folded} `)) expand(c, `${target.name} ${c.name.slice(c.name.indexOf(' ') + 1)}`, target.country)
          else if (name.endsWith(` ${folded}`)) expand(c, `${c.name.slice(0, c.name.lastIndexOf(' '))} ${target.name}`, target.country)
        }
      }
    }
    return out
  },
}

function expand(c: Candidate, name: string, country: string | null): void {
  c.aliases = [...new Set([...(c.aliases ?? []), c.name])]
  c.name = name
  c.key = `org:${foldName(name)}`
  c.country ??= country
}

// The entity whose mention ends where the long form ends and starts at or
// before it, the innermost one ("Communist Party of China", not the
// "National Congress of the ..." around it).
function pickTarget(list: readonly Candidate[], start: number, end: number): Candidate | null {
  let best: Candidate | null = null
  for (const c of list) {
    if (c.span.end !== end || c.span.start > start || c.tentative || c.acronym || !ENTITY_TYPES.has(c.type)) continue
    if (!best || c.span.start > best.span.start) best = c
  }
  return best
}
