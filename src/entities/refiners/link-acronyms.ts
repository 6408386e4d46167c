import type { Refiner } from '../../pipeline/recognizer.js'
import { foldName } from '../../util/fold.js'
import { PRIORITY, type Candidate } from '../candidate.js'
import { initialsOf } from '../initials.js'

const ORG_TYPES = new Set(['organization', 'party', 'mechanism', 'initiative', 'place'])
const ENTITY_TYPES = new Set(['organization', 'party', 'mechanism', 'initiative', 'country', 'place'])

/**
 * Apply "Long Form (ACR)" definitions: the acronym becomes an alias of the
 * long form's entity, and every bare use of the acronym in the document
 * refers to it. A long form no recognizer saw ("Annual Meeting of the New
 * Champions") becomes an organization; one made only of country names
 * ("Cambodia-Laos-Myanmar-Việt Nam") keeps the acronym as its name.
 * Returns new candidates; those given are not changed.
 */
export const linkAcronyms: Refiner<Candidate> = {
  name: 'link-acronyms',
  refine(ctx, results) {
    const defs = results.filter((c) => c.definition)
    // Relinking renames mentions: it renames copies, so the drafts handed in stay as they were.
    const out = results.filter((c) => !c.definition).map((c) => ({ ...c }))
    const byAcronym = new Map<string, Candidate[]>()
    const byFirstWord = new Map<string, Candidate[]>()
    const byLastWord = new Map<string, Candidate[]>()
    const byEnd = new Map<number, Candidate[]>()
    const byStart = new Map<number, Candidate[]>()
    for (const c of out) {
      push(byEnd, c.span.end, c)
      push(byStart, c.span.start, c)
      if (c.acronym) push(byAcronym, foldName(c.acronym), c)
      else if (ORG_TYPES.has(c.type)) {
        const words = foldName(c.name).split(' ')
        if (words.length > 1) {
          push(byFirstWord, words[0], c)
          push(byLastWord, words[words.length - 1], c)
        }
      }
    }
    for (const def of defs) {
      const { acronym, long } = def.definition!
      let target = pickTarget(byEnd.get(long.end) ?? [], long.start)
      if (!target) {
        const inside: Candidate[] = []
        for (let i = long.start; i < long.end; i++) for (const c of byStart.get(i) ?? []) if (c.span.end <= long.end && !c.tentative) inside.push(c)
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
        if (!onlyCountries) {
          out.push(target)
          push(byEnd, long.end, target)
        }
      }
      target.aliases = [...new Set([...(target.aliases ?? []), acronym])]
      const folded = foldName(acronym)
      for (const c of byAcronym.get(folded) ?? []) {
        c.key = target.key
        c.name = target.name
        c.type = target.type
        c.country = target.country
        c.aliases = [...new Set([...(c.aliases ?? []), ...(target.aliases ?? [])])]
      }
      if (target.type === 'country') continue
      // "CPC Central Committee", "Congress of the CPV": the body of the
      // defined entity, named with its long form so both spellings meet.
      for (const c of byFirstWord.get(folded) ?? []) {
        if (foldName(c.name).startsWith(`${folded} `)) expand(c, `${target.name} ${c.name.slice(c.name.indexOf(' ') + 1)}`, target.country)
      }
      for (const c of byLastWord.get(folded) ?? []) {
        if (foldName(c.name).endsWith(` ${folded}`)) expand(c, `${c.name.slice(0, c.name.lastIndexOf(' '))} ${target.name}`, target.country)
      }
    }
    linkInitials(out, byAcronym)
    return out
  },
}

// "the Ministry of External Affairs said ... According to the MEA": an
// acronym the text never defines, spelled by the initials of exactly one
// organization it names, is that organization.
function linkInitials(out: readonly Candidate[], byAcronym: ReadonlyMap<string, Candidate[]>): void {
  const byInitials = new Map<string, Set<Candidate>>()
  for (const c of out) {
    if (c.acronym || !ORG_TYPES.has(c.type)) continue
    for (const name of [c.name, ...(c.aliases ?? [])]) {
      const initials = initialsOf(name)
      if (initials.length < 2) continue
      const set = byInitials.get(initials) ?? new Set<Candidate>()
      set.add(c)
      byInitials.set(initials, set)
    }
  }
  for (const [acr, list] of byAcronym) {
    if (list.some((c) => c.key !== `org:${acr}`)) continue
    const targets = [...new Map([...(byInitials.get(acr.replace(/ /g, '')) ?? [])].map((t) => [t.key, t])).values()]
    if (targets.length !== 1) continue
    const target = targets[0]
    target.aliases = [...new Set([...(target.aliases ?? []), list[0].text])]
    for (const c of list) Object.assign(c, { key: target.key, name: target.name, type: target.type, country: target.country })
  }
}

// Lists grow in place: copying a list at each push was quadratic in the
// mentions of one acronym or word (no list is held while another is pushed to).
function push<K>(map: Map<K, Candidate[]>, k: K, c: Candidate): void {
  const list = map.get(k)
  if (list) list.push(c)
  else map.set(k, [c])
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
function pickTarget(list: readonly Candidate[], start: number): Candidate | null {
  let best: Candidate | null = null
  for (const c of list) {
    if (c.span.start > start || c.tentative || c.acronym || !ENTITY_TYPES.has(c.type)) continue
    if (!best || c.span.start > best.span.start) best = c
  }
  return best
}
