import type { Entity, Role } from '../model/types.js'
import { initialsOf, isAcronym, summitBase } from '../entities/initials.js'
import { foldName } from '../util/fold.js'

/** The entities of one document, as its extraction lists them. */
export interface DocumentActors {
  readonly doc: string
  readonly actors: readonly Entity[]
}

export interface EntityResolution {
  /** One entity per real entity across all documents. */
  readonly entities: Entity[]
  /** Maps a document-local key (`doc` + key) to the global entity key. */
  canonical(doc: string, key: string): string
}

interface Group {
  entity: Entity
  aliases: Set<string>
  roles: Role[]
  country: string | null
}

const ORGS = new Set(['organization', 'party', 'mechanism', 'initiative'])

/**
 * Merge the per-document entities into one entity per real entity.
 * Keys that agree merge directly. Then, only where exactly one candidate
 * fits and the countries do not disagree:
 * - a person known by part of a name ("Xi", "Peña Nieto") joins the one
 *   person whose full name begins or ends with those words;
 * - an organization, place or mechanism whose name is another's alias (an
 *   acronym used bare in one article, "VNA", and defined in another) joins it;
 * - a bare acronym of three letters or more joins the one organization
 *   whose name or alias it spells the initials of;
 * - a summit ("CLMV Cooperation Summit", "GMS Summit") joins the one body
 *   whose name or alias is the summit's name without "Summit".
 * Every spelling is kept as an alias; cost stays near-linear through
 * indexes by word and by folded alias.
 */
export function resolveEntities(documents: readonly DocumentActors[]): EntityResolution {
  const byKey = new Map<string, Group>()
  for (const { actors } of documents) {
    for (const actor of actors) {
      const found = byKey.get(actor.key)
      if (found) {
        for (const a of actor.aliases) found.aliases.add(a)
        found.aliases.add(actor.name)
        found.roles.push(...actor.roles)
        found.country ??= actor.country ?? null
      } else {
        byKey.set(actor.key, {
          entity: actor,
          aliases: new Set([actor.name, ...actor.aliases]),
          roles: [...actor.roles],
          country: actor.country ?? null,
        })
      }
    }
  }
  const redirect = new Map<string, string>()
  mergePartialPersons(byKey, redirect)
  mergeAliasedNames(byKey, redirect)
  mergeInitials(byKey, redirect)
  mergeSummits(byKey, redirect)

  const entities = [...byKey.values()].map(({ entity, aliases, roles, country }) => ({
    ...entity,
    country,
    aliases: [...aliases].filter((a) => a !== entity.name).sort(),
    roles,
  }))
  const canonical = (_doc: string, key: string): string => {
    let k = key
    for (let i = 0; i < 8 && redirect.has(k); i++) k = redirect.get(k)!
    return k
  }
  return { entities, canonical }
}

function agree(a: Group, b: Group): boolean {
  return !a.country || !b.country || a.country === b.country
}

function absorb(byKey: Map<string, Group>, redirect: Map<string, string>, from: string, to: string): void {
  const source = byKey.get(from)!
  const target = byKey.get(to)!
  for (const a of source.aliases) target.aliases.add(a)
  target.roles.push(...source.roles)
  target.country ??= source.country
  byKey.delete(from)
  redirect.set(from, to)
  for (const [k, v] of redirect) if (v === from) redirect.set(k, to)
}

// A person named by a prefix or suffix of exactly one longer name.
function mergePartialPersons(byKey: Map<string, Group>, redirect: Map<string, string>): void {
  const persons = [...byKey.entries()].filter(([, g]) => g.entity.type === 'person')
  const byWord = new Map<string, string[]>()
  const words = new Map<string, string[]>()
  for (const [key, g] of persons) {
    const w = foldName(g.entity.name).split(' ')
    words.set(key, w)
    for (const x of new Set(w)) byWord.set(x, [...(byWord.get(x) ?? []), key])
  }
  // Shortest names first, so "Xi" joins "Xi Jinping" before anything joins "Xi".
  const order = [...persons].sort((a, b) => words.get(a[0])!.length - words.get(b[0])!.length)
  for (const [key, g] of order) {
    if (!byKey.has(key)) continue
    const w = words.get(key)!
    const candidates = new Set<string>()
    for (const other of byWord.get(w[0]) ?? []) {
      const o = words.get(other)!
      if (other === key || !byKey.has(other) || o.length <= w.length) continue
      const prefix = w.every((x, i) => x === o[i])
      const suffix = w.every((x, i) => x === o[o.length - w.length + i])
      if ((prefix || suffix) && agree(g, byKey.get(other)!)) candidates.add(other)
    }
    if (candidates.size === 1) absorb(byKey, redirect, key, [...candidates][0])
  }
}

// A non-person whose name is an alias of exactly one other entity of a compatible type.
function mergeAliasedNames(byKey: Map<string, Group>, redirect: Map<string, string>): void {
  const byAlias = new Map<string, Set<string>>()
  for (const [key, g] of byKey) {
    if (g.entity.type === 'person' || g.entity.type === 'group') continue
    for (const a of g.aliases) {
      const f = foldName(a)
      if (!f) continue
      const set = byAlias.get(f) ?? new Set<string>()
      set.add(key)
      byAlias.set(f, set)
    }
  }
  const compatible = (a: Entity, b: Entity) => a.type === b.type || (ORGS.has(a.type) && ORGS.has(b.type))
  for (const [key, g] of [...byKey]) {
    if (!byKey.has(key) || g.entity.type === 'person' || g.entity.type === 'country') continue
    const others = [...(byAlias.get(foldName(g.entity.name)) ?? [])].filter(
      (k) => k !== key && byKey.has(k) && compatible(g.entity, byKey.get(k)!.entity) && agree(g, byKey.get(k)!),
    )
    // Merge into the entity with the longer name: the acronym or the short form goes into the full one.
    if (others.length === 1 && byKey.get(others[0])!.entity.name.length > g.entity.name.length) absorb(byKey, redirect, key, others[0])
  }
}

// "VNA" in one article, "Vietnam News Agency" in another.
function mergeInitials(byKey: Map<string, Group>, redirect: Map<string, string>): void {
  const byInitials = new Map<string, Set<string>>()
  for (const [key, g] of byKey) {
    if (!ORGS.has(g.entity.type)) continue
    for (const name of g.aliases) {
      // "Vietnam's National Assembly" is a description, not the name an acronym spells
      if (isAcronym(name) || /['’]s\b/u.test(name)) continue
      const i = initialsOf(name)
      if (i.length >= 3) byInitials.set(i, (byInitials.get(i) ?? new Set()).add(key))
    }
  }
  for (const [key, g] of [...byKey]) {
    if (!byKey.has(key) || !ORGS.has(g.entity.type) || !isAcronym(g.entity.name)) continue
    const folded = foldName(g.entity.name).replace(/ /g, '')
    if (folded.length < 3) continue
    const others = [...(byInitials.get(folded) ?? [])].filter((k) => k !== key && byKey.has(k) && agree(g, byKey.get(k)!))
    if (others.length === 1) absorb(byKey, redirect, key, others[0])
  }
}

// "CLMV Cooperation Summit" in one article, "CLMV" in another: one body and its meeting, listed once.
function mergeSummits(byKey: Map<string, Group>, redirect: Map<string, string>): void {
  const byName = new Map<string, Set<string>>()
  for (const [key, g] of byKey) {
    if (!ORGS.has(g.entity.type)) continue
    for (const a of g.aliases) if (!summitBase(a)) byName.set(foldName(a), (byName.get(foldName(a)) ?? new Set()).add(key))
  }
  for (const [key, g] of [...byKey]) {
    if (!byKey.has(key) || !ORGS.has(g.entity.type)) continue
    const bases = [...g.aliases].map(summitBase).filter((b): b is string => !!b)
    if (!bases.length || bases.length < g.aliases.size) continue
    const others = new Set(bases.flatMap((b) => [...(byName.get(foldName(b)) ?? [])]).filter((k) => k !== key && byKey.has(k) && agree(g, byKey.get(k)!)))
    if (others.size === 1) absorb(byKey, redirect, key, [...others][0]!)
  }
}
