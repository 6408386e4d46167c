import type { Entity } from '../model/types.js'
import { initialsOf, isAcronym, summitBase } from '../entities/initials.js'
import { foldName } from '../util/fold.js'

const ORGS = new Set(['organization', 'party', 'mechanism', 'initiative'])

/**
 * Blocking keys of a document entity: resolution compares only entities
 * that share one, so its cost follows the entity, not the store. The key
 * itself, every folded name and alias, for people the first and last
 * word of each name (a surname alone, a given name alone), and for
 * organizations the initials a name spells or an acronym stands for
 * ("VNA" and "Vietnam News Agency" share `acro:vna`), and a summit the name
 * of the body it is the meeting of ("GMS Summit" and "GMS"). These mirror the
 * rules of src/resolve/entities.ts: any two entities it can merge share a
 * block.
 */
export function entityBlocks(entity: Entity): string[] {
  const blocks = new Set<string>([`key:${entity.key}`])
  for (const name of [entity.name, ...entity.aliases]) {
    const folded = foldName(name)
    if (!folded) continue
    blocks.add(`name:${folded}`)
    if (entity.type === 'person') {
      const words = folded.split(' ')
      blocks.add(`word:${words[0]}`)
      blocks.add(`word:${words[words.length - 1]}`)
    }
    if (ORGS.has(entity.type)) {
      const base = summitBase(name)
      if (base) blocks.add(`name:${foldName(base)}`)
      if (isAcronym(name)) blocks.add(`acro:${folded.replace(/ /g, '')}`)
      else {
        const initials = initialsOf(name)
        if (initials.length >= 3) blocks.add(`acro:${initials}`)
      }
    }
  }
  return [...blocks].sort()
}
