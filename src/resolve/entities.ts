import type { Entity, Role } from '../model/types.js'
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

/**
 * Merge the per-document entities into one entity per real entity. Keys that
 * agree merge directly; a short key (a person known only as "Xi" in one
 * document) merges into the single entity elsewhere whose folded name ends
 * or starts with it, and only when exactly one candidate exists.
 */
export function resolveEntities(documents: readonly DocumentActors[]): EntityResolution {
  const byKey = new Map<string, { entity: Entity; aliases: Set<string>; roles: Role[] }>()
  for (const { actors } of documents) {
    for (const actor of actors) {
      const found = byKey.get(actor.key)
      if (found) {
        for (const a of actor.aliases) found.aliases.add(a)
        found.aliases.add(actor.name)
        found.roles.push(...actor.roles)
      } else {
        byKey.set(actor.key, { entity: actor, aliases: new Set([actor.name, ...actor.aliases]), roles: [...actor.roles] })
      }
    }
  }
  const redirect = new Map<string, string>()
  const persons = [...byKey.values()].filter((e) => e.entity.type === 'person')
  for (const short of persons) {
    const words = foldName(short.entity.name).split(' ')
    if (words.length !== 1) continue
    const candidates = persons.filter((p) => {
      if (p === short) return false
      const parts = foldName(p.entity.name).split(' ')
      return parts.length > 1 && (parts[0] === words[0] || parts[parts.length - 1] === words[0])
    })
    if (candidates.length === 1) redirect.set(short.entity.key, candidates[0].entity.key)
  }
  for (const [from, to] of redirect) {
    const source = byKey.get(from)!
    const target = byKey.get(to)!
    for (const a of source.aliases) target.aliases.add(a)
    target.roles.push(...source.roles)
    byKey.delete(from)
  }
  const entities = [...byKey.values()].map(({ entity, aliases, roles }) => ({
    ...entity,
    aliases: [...aliases].filter((a) => a !== entity.name).sort(),
    roles,
  }))
  return {
    entities,
    canonical: (_doc, key) => redirect.get(key) ?? key,
  }
}
